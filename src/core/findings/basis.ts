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
 * where they are certain, the IP regulation's content item where that is the basis, and a display
 * string in bokmål, nynorsk and English. `practice` is used only where neither law nor the guide is
 * the basis. A section is never guessed: where it is not certain, only the source (and item) is given.
 *
 * @example
 * const basis: FindingBasis = {
 *   kind: "act",
 *   source: "pbrl",
 *   sections: ["4-3", "4-4", "4-5"],
 *   display: { nb: "pbrl §§ 4-3 til 4-5", nn: "pbrl §§ 4-3 til 4-5", en: "pbrl ss. 4-3 to 4-5" },
 * };
 */
export interface FindingBasis {
  /** `act` (lov), `regulation` (forskrift), `guide` (veileder), `standard` (a survey or register's own rules) or `practice`. */
  readonly kind: "act" | "regulation" | "guide" | "standard" | "practice";
  /** The source's code; absent for `practice`. */
  readonly source?: BasisSource;
  /** Sections (paragrafer), e.g. `["2-5"]` or `["4-3", "4-4", "4-5"]`; only where certain. */
  readonly sections?: readonly string[];
  /** The IP regulation's content item, where that list is the basis. */
  readonly item?: IpContentItem;
  /** A chapter or topic of the guide, where the guide is the basis. */
  readonly topic?: LocalizedText;
  /** The basis as a reader sees it, in each language. */
  readonly display: LocalizedText;
}

const NAMES: Readonly<Record<BasisSource, LocalizedText>> = {
  pbrl: { nb: "pbrl", nn: "pbrl", en: "pbrl" },
  hol: { nb: "hol", nn: "hol", en: "hol" },
  sphl: { nb: "sphl", nn: "sphl", en: "sphl" },
  phvl: { nb: "phvl", nn: "phvl", en: "phvl" },
  sotjl: { nb: "sotjl", nn: "sotjl", en: "sotjl" },
  "nav-act": { nb: "NAV-loven", nn: "NAV-lova", en: "the NAV act" },
  bvl: { nb: "bvl", nn: "bvl", en: "bvl" },
  hpl: { nb: "hpl", nn: "hpl", en: "hpl" },
  frl: { nb: "folkeregisterloven", nn: "folkeregisterlova", en: "the National Population Register Act" },
  enhetsregisterloven: { nb: "enhetsregisterloven", nn: "einingsregisterlova", en: "the Register of Business Enterprises Act" },
  "ip-regulation": {
    nb: "forskrift om individuell plan ved ytelse av velferdstjenester",
    nn: "forskrift om individuell plan ved yting av velferdstenester",
    en: "the regulation on individual plans in welfare services",
  },
  "rehabilitation-regulation": {
    nb: "forskrift om habilitering, rehabilitering og koordinator",
    nn: "forskrift om habilitering, rehabilitering og koordinator",
    en: "the regulation on habilitation, rehabilitation and coordinators",
  },
  "rehabilitation-guide": {
    nb: "Helsedirektoratets veileder om rehabilitering, habilitering, individuell plan og koordinator",
    nn: "Helsedirektoratets rettleiar om rehabilitering, habilitering, individuell plan og koordinator",
    en: "the Norwegian Directorate of Health's guide on rehabilitation, habilitation, individual plans and coordinators",
  },
  "is-24-8": { nb: "IS-24/8", nn: "IS-24/8", en: "IS-24/8" },
  "ssb-municipalities": { nb: "SSBs kommuneinndeling", nn: "SSB si kommuneinndeling", en: "Statistics Norway's municipality classification" },
};

const KIND: Readonly<Record<BasisSource, FindingBasis["kind"]>> = {
  pbrl: "act",
  hol: "act",
  sphl: "act",
  phvl: "act",
  sotjl: "act",
  "nav-act": "act",
  bvl: "act",
  hpl: "act",
  frl: "act",
  enhetsregisterloven: "act",
  "ip-regulation": "regulation",
  "rehabilitation-regulation": "regulation",
  "rehabilitation-guide": "guide",
  "is-24-8": "standard",
  "ssb-municipalities": "standard",
};

function sectionText(sections: readonly string[], locale: keyof LocalizedText): string {
  if (sections.length === 1) return `§ ${sections[0]}`;
  const and = locale === "en" ? "and" : "og";
  const last = sections[sections.length - 1];
  return `§§ ${sections.slice(0, -1).join(", ")} ${and} ${last}`;
}

function mapText(f: (locale: keyof LocalizedText) => string): LocalizedText {
  return { nb: f("nb"), nn: f("nn"), en: f("en") };
}

/**
 * The basis of a source, with sections where they are certain. Internal: catalogs build their
 * entries with it, so every display string is written the same way.
 */
export function basisOf(source: BasisSource, sections: readonly string[] = []): FindingBasis {
  const display = mapText((locale) => (sections.length === 0 ? NAMES[source][locale] : `${NAMES[source][locale]} ${sectionText(sections, locale)}`));
  return sections.length === 0 ? { kind: KIND[source], source, display } : { kind: KIND[source], source, sections, display };
}

/** The basis of an item of the IP regulation's content list (a-i). Internal, for catalogs. */
export function ipItemBasis(item: IpContentItem): FindingBasis {
  const word: LocalizedText = { nb: "punkt", nn: "punkt", en: "item" };
  return {
    kind: "regulation",
    source: "ip-regulation",
    item,
    display: mapText((locale) => `${NAMES["ip-regulation"][locale]}, ${word[locale]} ${item}`),
  };
}

/** The basis of a topic of Helsedirektoratet's guide. Internal, for catalogs. */
export function guideBasis(topic: LocalizedText): FindingBasis {
  return {
    kind: "guide",
    source: "rehabilitation-guide",
    topic,
    display: mapText((locale) => `${NAMES["rehabilitation-guide"][locale]}: ${topic[locale]}`),
  };
}

/** The basis of a rule of good data or municipal practice, where neither law nor the guide is. Internal. */
export const PRACTICE: FindingBasis = {
  kind: "practice",
  display: { nb: "praksis", nn: "praksis", en: "practice" },
};
