import type { LocalizedText } from "../locale.js";

/**
 * A source a finding can rest on, by its short code:
 * - acts (lover): `pbrl` (pasient- og brukerrettighetsloven), `hol` (helse- og omsorgstjenesteloven),
 *   `sphl` (spesialisthelsetjenesteloven), `phvl` (psykisk helsevernloven), `sotjl` (sosialtjenesteloven),
 *   `nav-act` (NAV-loven), `bvl` (barnevernsloven), `hpl` (helsepersonelloven), `frl`
 *   (folkeregisterloven), `enhetsregisterloven`;
 * - regulations (forskrifter): `ip-regulation` (forskrift om individuell plan ved ytelse av
 *   velferdstjenester, since 1 August 2022), `rehabilitation-regulation` (forskrift om habilitering,
 *   rehabilitering og koordinator);
 * - the guide: `rehabilitation-guide` (Helsedirektoratet's "Rehabilitering, habilitering, individuell
 *   plan og koordinator");
 * - standards and registers: `is-24-8` (the yearly municipal survey IS-24/8), `ssb-municipalities`
 *   (SSB's classification of municipalities).
 *
 * @example
 * const source: BasisSource = "pbrl";
 */
export type BasisSource =
  | "pbrl"
  | "hol"
  | "sphl"
  | "phvl"
  | "sotjl"
  | "nav-act"
  | "bvl"
  | "hpl"
  | "frl"
  | "enhetsregisterloven"
  | "ip-regulation"
  | "rehabilitation-regulation"
  | "rehabilitation-guide"
  | "is-24-8"
  | "ssb-municipalities";

/**
 * An item of the IP regulation's content list (a-i): goals, resources and needs (a); who takes part
 * (b); the coordinator (c); contributions (d); measures and who is responsible (e); how measures are
 * carried out (f); period and revision (g); consent (h); cooperation with others (i).
 *
 * @example
 * const item: IpContentItem = "h";
 */
export type IpContentItem = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i";

/**
 * What a finding rests on (grunnlag), as data: the kind of source, the source's code, the sections
 * where they are certain, the IP regulation's content item where that is the basis, a guide topic or
 * a named practice, and a display string in bokmål, nynorsk and English. `practice` is used only
 * where neither law nor the guide is the basis. A section is never guessed: where it is not certain,
 * only the source (and item) is given. A finding that rests on more than one source names the first
 * here and the others in `also`; `display` then reads all of them, in order.
 *
 * @example
 * const basis: FindingBasis = {
 *   kind: "act",
 *   source: "pbrl",
 *   sections: ["4-3", "4-4", "4-5"],
 *   also: [
 *     {
 *       kind: "regulation",
 *       source: "ip-regulation",
 *       item: "h",
 *       display: {
 *         nb: "forskrift om individuell plan ved ytelse av velferdstjenester, punkt h",
 *         nn: "forskrift om individuell plan ved yting av velferdstenester, punkt h",
 *         en: "the regulation on individual plans in welfare services, item h",
 *       },
 *     },
 *   ],
 *   display: {
 *     nb: "pbrl §§ 4-3, 4-4 og 4-5; forskrift om individuell plan ved ytelse av velferdstjenester, punkt h",
 *     nn: "pbrl §§ 4-3, 4-4 og 4-5; forskrift om individuell plan ved yting av velferdstenester, punkt h",
 *     en: "pbrl §§ 4-3, 4-4 and 4-5; the regulation on individual plans in welfare services, item h",
 *   },
 * };
 */
export interface FindingBasis {
  /** `act` (lov), `regulation` (forskrift), `guide` (veileder), `standard` (a survey or register's own rules) or `practice`. */
  readonly kind: "act" | "regulation" | "guide" | "standard" | "practice";
  /** The source's code; absent for `practice`. */
  readonly source?: BasisSource;
  /** Sections (paragrafer) of an act, e.g. `["2-5"]` or `["4-3", "4-4", "4-5"]`; only where certain. */
  readonly sections?: readonly string[];
  /** The IP regulation's content item, where that list is the basis. */
  readonly item?: IpContentItem;
  /** The guide's topic where the guide is the basis, or which practice where practice is. */
  readonly topic?: LocalizedText;
  /** Further sources the finding rests on, each without an `also` of its own. */
  readonly also?: readonly FindingBasis[];
  /** The basis as a reader sees it, in each language; with `also`, every source in order, joined by "; ". */
  readonly display: LocalizedText;
}

type Language = keyof LocalizedText;

/** The acts (lover): the only sources that carry section numbers. */
type ActSource = "pbrl" | "hol" | "sphl" | "phvl" | "sotjl" | "nav-act" | "bvl" | "hpl" | "frl" | "enhetsregisterloven";

const SOURCES: Readonly<Record<BasisSource, { readonly kind: FindingBasis["kind"]; readonly name: LocalizedText }>> = {
  pbrl: { kind: "act", name: { nb: "pbrl", nn: "pbrl", en: "pbrl" } },
  hol: { kind: "act", name: { nb: "hol", nn: "hol", en: "hol" } },
  sphl: { kind: "act", name: { nb: "sphl", nn: "sphl", en: "sphl" } },
  phvl: { kind: "act", name: { nb: "phvl", nn: "phvl", en: "phvl" } },
  sotjl: { kind: "act", name: { nb: "sotjl", nn: "sotjl", en: "sotjl" } },
  "nav-act": { kind: "act", name: { nb: "NAV-loven", nn: "NAV-lova", en: "the NAV act" } },
  bvl: { kind: "act", name: { nb: "bvl", nn: "bvl", en: "bvl" } },
  hpl: { kind: "act", name: { nb: "hpl", nn: "hpl", en: "hpl" } },
  frl: { kind: "act", name: { nb: "folkeregisterloven", nn: "folkeregisterlova", en: "the National Population Register Act" } },
  enhetsregisterloven: {
    kind: "act",
    name: { nb: "enhetsregisterloven", nn: "einingsregisterlova", en: "the Central Coordinating Register for Legal Entities Act" },
  },
  "ip-regulation": {
    kind: "regulation",
    name: {
      nb: "forskrift om individuell plan ved ytelse av velferdstjenester",
      nn: "forskrift om individuell plan ved yting av velferdstenester",
      en: "the regulation on individual plans in welfare services",
    },
  },
  "rehabilitation-regulation": {
    kind: "regulation",
    name: {
      nb: "forskrift om habilitering, rehabilitering og koordinator",
      nn: "forskrift om habilitering, rehabilitering og koordinator",
      en: "the regulation on habilitation, rehabilitation and coordinators",
    },
  },
  "rehabilitation-guide": {
    kind: "guide",
    name: {
      nb: "Helsedirektoratets veileder om rehabilitering, habilitering, individuell plan og koordinator",
      nn: "Helsedirektoratets rettleiar om rehabilitering, habilitering, individuell plan og koordinator",
      en: "the Norwegian Directorate of Health's guide on rehabilitation, habilitation, individual plans and coordinators",
    },
  },
  "is-24-8": { kind: "standard", name: { nb: "IS-24/8", nn: "IS-24/8", en: "IS-24/8" } },
  "ssb-municipalities": {
    kind: "standard",
    name: { nb: "SSBs kommuneinndeling", nn: "SSB si kommuneinndeling", en: "Statistics Norway's municipality classification" },
  },
};

function sectionText(sections: readonly string[], language: Language): string {
  if (sections.length === 1) return `§ ${sections[0]}`;
  const and = language === "en" ? "and" : "og";
  return `§§ ${sections.slice(0, -1).join(", ")} ${and} ${sections[sections.length - 1]}`;
}

function mapText(f: (language: Language) => string): LocalizedText {
  return { nb: f("nb"), nn: f("nn"), en: f("en") };
}

/**
 * The basis of a source: an act with the sections that are certain, or a regulation, guide or
 * standard as a whole. Internal: catalogs build their entries with it, so every display string is
 * written the same way. Only acts take sections; the IP regulation is cited by item ({@link ipItemBasis}).
 */
export function basisOf(source: ActSource, sections?: readonly string[]): FindingBasis;
export function basisOf(source: Exclude<BasisSource, ActSource>): FindingBasis;
export function basisOf(source: BasisSource, sections: readonly string[] = []): FindingBasis {
  return sourceBasis(source, sections);
}

function sourceBasis(source: BasisSource, sections: readonly string[] | undefined): FindingBasis {
  const { kind, name } = SOURCES[source];
  if (sections === undefined || sections.length === 0) return { kind, source, display: name };
  return { kind, source, sections, display: mapText((language) => `${name[language]} ${sectionText(sections, language)}`) };
}

/** The basis of an item of the IP regulation's content list (a-i). Internal, for catalogs. */
export function ipItemBasis(item: IpContentItem): FindingBasis {
  const word: LocalizedText = { nb: "punkt", nn: "punkt", en: "item" };
  const name = SOURCES["ip-regulation"].name;
  return { kind: "regulation", source: "ip-regulation", item, display: mapText((language) => `${name[language]}, ${word[language]} ${item}`) };
}

/** The basis of a topic of Helsedirektoratet's guide. Internal, for catalogs. */
export function guideBasis(topic: LocalizedText): FindingBasis {
  const name = SOURCES["rehabilitation-guide"].name;
  return { kind: "guide", source: "rehabilitation-guide", topic, display: mapText((language) => `${name[language]}: ${topic[language]}`) };
}

/** The basis of a rule of good data, where neither law nor the guide is. Internal. */
export const PRACTICE: FindingBasis = {
  kind: "practice",
  display: { nb: "praksis", nn: "praksis", en: "practice" },
};

/**
 * The basis of a named practice (municipal practice, or what the IP tools in use do) where neither
 * law nor the guide is the basis. Internal, for catalogs.
 */
export function practiceBasis(topic: LocalizedText): FindingBasis {
  return { kind: "practice", topic, display: mapText((language) => `${PRACTICE.display[language]}: ${topic[language]}`) };
}

/** One source's basis as the helpers write it, from its fields: the display a joint basis keeps only for the whole. */
function ownBasis(part: FindingBasis): FindingBasis {
  const { kind, source, sections, item, topic } = part;
  if (kind === "practice") return topic === undefined ? PRACTICE : practiceBasis(topic);
  if (source === "ip-regulation" && item !== undefined) return ipItemBasis(item);
  if (source === "rehabilitation-guide" && topic !== undefined) return guideBasis(topic);
  return source === undefined ? part : sourceBasis(source, sections);
}

/** A basis and its `also` as a flat list of single sources, each with its own display. Internal. */
export function basisParts(basis: FindingBasis): readonly FindingBasis[] {
  const { also, ...first } = basis;
  return also === undefined ? [first] : [ownBasis(first), ...also.flatMap(basisParts)];
}

/**
 * A basis that rests on several sources: the first one's fields, the rest in `also`, and a display
 * that reads them all in order. Internal, for catalogs.
 */
export function jointBasis(first: FindingBasis, ...rest: readonly FindingBasis[]): FindingBasis {
  const [head, ...also] = [first, ...rest].flatMap(basisParts);
  if (head === undefined || also.length === 0) return first;
  const parts = [head, ...also];
  return { ...head, also, display: mapText((language) => parts.map((part) => part.display[language]).join("; ")) };
}
