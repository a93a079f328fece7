import { ownOption, requireOptions, resolveLocale, resolveNumber } from "../_lib/options.js";
import type { Locale } from "../core/locale.js";
import { requireCommonFinding, requireQuestionnaire, requireSummary } from "./_guards.js";
import { textIn } from "./_items.js";
import type { AssessmentValue } from "./item-schema.js";
import { assessmentLabels } from "./labels.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingSummary } from "./summarize.js";

/**
 * An assessment answer that marks a development area: `no`, `partly` or `dont-know`.
 *
 * @example
 * const weak: WeakAssessment = "partly";
 */
export type WeakAssessment = Exclude<AssessmentValue, "yes">;

const WEAK: readonly WeakAssessment[] = ["no", "partly", "dont-know"];

/**
 * Options for {@link commonFindings}.
 *
 * @example
 * const options: CommonFindingsOptions = { minShare: 2 / 3 };
 */
export interface CommonFindingsOptions {
  /** The least share (0 to 1) of respondents that must answer no, partly or don't know; more than half when left out. */
  readonly minShare?: number;
}

/**
 * A finding common to several respondents (felles funn): an assessment item that all or most of
 * them answered no, partly or don't know.
 *
 * @example
 * const finding: CommonFinding = {
 *   itemId: "cooperation-written-procedures", sectionId: "cooperation", scope: "all", weak: 3, of: 3,
 *   counts: { no: 2, partly: 1, "dont-know": 0 }, municipalities: ["1525", "1528", "1531"],
 * };
 */
export interface CommonFinding {
  /** The assessment item. */
  readonly itemId: string;
  /** Its section. */
  readonly sectionId: string;
  /** `all` when every respondent answered weakly, else `most`. */
  readonly scope: "all" | "most";
  /** How many respondents answered no, partly or don't know. */
  readonly weak: number;
  /** How many respondents the summary holds. */
  readonly of: number;
  /** How many gave each weak answer. */
  readonly counts: Readonly<Record<WeakAssessment, number>>;
  /** The municipalities that answered weakly, in response order. */
  readonly municipalities: readonly string[];
}

/**
 * Finds the items where all or most respondents answer no, partly or don't know, the way the seed
 * report writes "alle tre mangler skriftlige rutiner". Only assessment items count; the share is
 * of all respondents in the summary, so one that did not answer does not count as weak.
 *
 * @param summary - From {@link summarizeMapping}.
 * @param options - `minShare`, the least share of weak answers (default: more than half).
 * @returns Common findings in the questionnaire's order.
 * @throws TypeError when `options` is not an object, `minShare` is not a number or `summary` is not a
 *   mapping summary; RangeError when `minShare` is not from 0 to 1.
 *
 * @example
 * // responses: the three of examples/data/mapping-responses.json (1525, 1528, 1531)
 * commonFindings(summarizeMapping(responses, coordinatingUnitMappingForm)).map((finding) => [finding.itemId, finding.scope])
 * //=> [["mandate-shared-understanding", "most"], ["mandate-information", "all"], ["mandate-legitimacy", "most"], ...]
 */
export function commonFindings(summary: MappingSummary, options: CommonFindingsOptions = {}): CommonFinding[] {
  requireOptions(options, "commonFindings");
  const share = ownOption(options, "minShare");
  const minShare = share === undefined ? undefined : resolveNumber(share, "minShare", { min: 0, max: 1 });
  requireSummary(summary, "commonFindings");
  const of = summary.respondents.length;
  const enough = (weak: number): boolean => (minShare === undefined ? weak * 2 > of : weak >= minShare * of);
  return summary.items.flatMap((item): CommonFinding[] => {
    if (item.type !== "assessment" || of === 0) return [];
    const groups = new Map(item.groups.map((group) => [group.answer, group]));
    const counts = { no: 0, partly: 0, "dont-know": 0 };
    const weakSet = new Set<string>();
    for (const answer of WEAK) {
      const group = groups.get(answer);
      counts[answer] = group?.count ?? 0;
      for (const municipality of group?.municipalities ?? []) weakSet.add(municipality);
    }
    const weak = counts.no + counts.partly + counts["dont-know"];
    if (weak === 0 || !enough(weak)) return [];
    const municipalities = item.values.filter((value) => weakSet.has(value.municipality)).map((value) => value.municipality);
    return [{ itemId: item.itemId, sectionId: item.sectionId, scope: weak === of ? "all" : "most", weak, of, counts, municipalities }];
  });
}

const NUMBER_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  nb: ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"],
  nn: ["null", "éin", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

const WORDS: Readonly<Record<Locale, { all: string; of: string; answer: string; or: string }>> = {
  nb: { all: "Alle", of: "av", answer: "svarer", or: "eller" },
  nn: { all: "Alle", of: "av", answer: "svarar", or: "eller" },
  en: { all: "All", of: "of", answer: "answer", or: "or" },
};

function numberWord(count: number, locale: Locale): string {
  return NUMBER_WORDS[locale][count] ?? String(count);
}

/**
 * Writes a common finding as a sentence, in the seed report's way: who, what they answered, and
 * the question, e.g. "Alle tre svarer nei (2) eller delvis (1): Er det nedskrevne prosedyrer ...?".
 *
 * @param finding - From {@link commonFindings}.
 * @param questionnaire - The questionnaire, for the question's text.
 * @param locale - `nb` (default), `nn` or `en`.
 * @returns The sentence.
 * @throws TypeError when `finding` is not a common finding, `questionnaire` is not a questionnaire or
 *   `locale` is not a string; RangeError when `locale` is not `nb`, `nn` or `en`.
 *
 * @example
 * describeCommonFinding(
 *   { itemId: "ip-routines", sectionId: "individual-plan", scope: "most", weak: 2, of: 3,
 *     counts: { no: 0, partly: 2, "dont-know": 0 }, municipalities: ["1525", "1531"] },
 *   coordinatingUnitMappingForm,
 *   "en",
 * )
 * //=> "Two of three answer partly: Have routines been drawn up for the work with individual plans in the municipality?"
 */
export function describeCommonFinding(finding: CommonFinding, questionnaire: Questionnaire, locale: Locale = "nb"): string {
  resolveLocale(locale);
  requireCommonFinding(finding, "describeCommonFinding");
  requireQuestionnaire(questionnaire, "describeCommonFinding");
  const words = WORDS[locale];
  const who =
    finding.scope === "all" && finding.of > 1
      ? `${words.all} ${numberWord(finding.of, locale)}`
      : `${numberWord(finding.weak, locale)} ${words.of} ${numberWord(finding.of, locale)}`;
  const given = WEAK.filter((answer) => finding.counts[answer] > 0);
  const answers = given
    .map((answer) => (given.length > 1 ? `${assessmentLabels[locale][answer]} (${finding.counts[answer]})` : assessmentLabels[locale][answer]))
    .join(", ")
    .replace(/, ([^,]*)$/, ` ${words.or} $1`);
  const item = questionnaire.sections.flatMap((section) => section.items).find((candidate) => candidate.id === finding.itemId);
  const question = item === undefined ? finding.itemId : textIn(item.text, locale);
  return `${who.charAt(0).toUpperCase()}${who.slice(1)} ${words.answer} ${answers}: ${question}`;
}
