import { requireQuestionnaire, requireResponses } from "./_guards.js";
import { indexQuestionnaire, resolveAnswers } from "./_items.js";
import { AssessmentValueSchema, type ItemType, type QuestionnaireItem } from "./item-schema.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingResponse } from "./response-schema.js";

/**
 * How many respondents gave one answer to an item, and which municipalities they were.
 *
 * @example
 * const group: MappingAnswerGroup = { answer: "partly", count: 2, municipalities: ["1525", "1531"] };
 */
export interface MappingAnswerGroup {
  /** The answer: an assessment value, `"true"`/`"false"`, or a choice option's value. */
  readonly answer: string;
  /** How many respondents gave it. */
  readonly count: number;
  /** Their municipality numbers, in the order of the responses. */
  readonly municipalities: readonly string[];
}

/**
 * One respondent's answer in a summary.
 *
 * @example
 * const value: MappingSummaryValue = { municipality: "1528", value: "no", comment: "Må utarbeides" };
 */
export interface MappingSummaryValue {
  /** The respondent's municipality number (kommunenummer). */
  readonly municipality: string;
  /** The answer's value. */
  readonly value: string | number | boolean;
  /** The comment beside an assessment, when given. */
  readonly comment?: string;
}

/**
 * The answers to one item across responses.
 *
 * @example
 * const item: MappingItemSummary = {
 *   itemId: "ip-routines", sectionId: "individual-plan", type: "assessment", answered: 1, notAnswered: [],
 *   groups: [{ answer: "yes", count: 1, municipalities: ["1525"] }], values: [{ municipality: "1525", value: "yes" }],
 * };
 */
export interface MappingItemSummary {
  /** The item's id. */
  readonly itemId: string;
  /** The id of the item's section. */
  readonly sectionId: string;
  /** The item's type. */
  readonly type: ItemType;
  /** How many respondents answered it. */
  readonly answered: number;
  /** Municipalities that did not answer it (or were not asked it). */
  readonly notAnswered: readonly string[];
  /** Counts per answer, for assessment, boolean and choice items, every answer listed in a fixed order; empty for other types. */
  readonly groups: readonly MappingAnswerGroup[];
  /** Every answer in response order. */
  readonly values: readonly MappingSummaryValue[];
}

/**
 * A summary of responses to one questionnaire (oppsummering av kartleggingen).
 *
 * @example
 * const summary: MappingSummary = {
 *   questionnaire: { id: "coordinating-unit-mapping", version: "2012" }, respondents: [], skipped: [], items: [],
 * };
 */
export interface MappingSummary {
  /** The questionnaire summarised. */
  readonly questionnaire: { readonly id: string; readonly version: string };
  /** The municipality numbers of the responses included, in order. */
  readonly respondents: readonly string[];
  /** Positions of responses left out because they answer another questionnaire or version. */
  readonly skipped: readonly number[];
  /** One entry per item, in the questionnaire's order. */
  readonly items: readonly MappingItemSummary[];
}

/** One item's answers as they are gathered, response by response. */
interface ItemTally {
  readonly item: QuestionnaireItem;
  readonly sectionId: string;
  readonly groups: Map<string, string[]>;
  readonly values: MappingSummaryValue[];
  readonly notAnswered: string[];
}

function answerKeys(item: QuestionnaireItem): string[] {
  if (item.type === "assessment") return [...AssessmentValueSchema.options];
  if (item.type === "boolean") return ["true", "false"];
  if (item.type === "choice") return item.options.map((option) => option.value);
  return [];
}

/**
 * Summarises responses to a questionnaire (oppsummering): per item, how many respondents gave each
 * answer and which municipalities they were, with every answer and comment listed. Only the first
 * answer to an item counts, only of the item's type and only when the item is asked; responses to
 * another questionnaire or version are left out and listed in `skipped`.
 *
 * @param responses - Schema-valid responses, e.g. one per municipality.
 * @param questionnaire - The questionnaire they answer.
 * @returns The summary, items in the questionnaire's order.
 * @throws TypeError when `responses` is not an array of mapping responses (the message names the first
 *   that is not, e.g. `responses[2]`) or `questionnaire` is not a questionnaire.
 *
 * @example
 * // responses: the three of examples/data/mapping-responses.json (1525, 1528, 1531)
 * const summary = summarizeMapping(responses, coordinatingUnitMappingForm);
 * summary.items.find((item) => item.itemId === "cooperation-written-procedures")?.groups.find((group) => group.answer === "no")
 * //=> { answer: "no", count: 2, municipalities: ["1525", "1528"] }
 */
export function summarizeMapping(responses: readonly MappingResponse[], questionnaire: Questionnaire): MappingSummary {
  requireResponses(responses, "summarizeMapping");
  requireQuestionnaire(questionnaire, "summarizeMapping");
  const index = indexQuestionnaire(questionnaire);
  // One pass over the responses, each resolved and tallied into every item at once and then let go:
  // the work and the memory held are linear in the answers and the summary, whatever their number.
  const tallies = index.entries.map(({ item, sectionId }): ItemTally => ({
    item,
    sectionId,
    groups: new Map(answerKeys(item).map((key) => [key, []])),
    values: [],
    notAnswered: [],
  }));
  const respondents: string[] = [];
  const skipped: number[] = [];
  responses.forEach((response, position) => {
    if (response.questionnaire.id !== questionnaire.id || response.questionnaire.version !== questionnaire.version) {
      skipped.push(position);
      return;
    }
    const municipality = response.respondent.municipality;
    respondents.push(municipality);
    const { first, enabled } = resolveAnswers(response.answers, index);
    for (const tally of tallies) {
      const answer = first.get(tally.item.id)?.answer;
      if (answer === undefined || answer.type !== tally.item.type || !enabled.has(tally.item.id)) {
        tally.notAnswered.push(municipality);
        continue;
      }
      tally.groups.get(String(answer.value))?.push(municipality);
      tally.values.push(answer.type === "assessment" && answer.comment !== undefined
        ? { municipality, value: answer.value, comment: answer.comment }
        : { municipality, value: answer.value });
    }
  });
  const items = tallies.map(({ item, sectionId, groups, values, notAnswered }): MappingItemSummary => ({
    itemId: item.id,
    sectionId,
    type: item.type,
    answered: values.length,
    notAnswered,
    groups: [...groups].map(([answer, municipalities]) => ({ answer, count: municipalities.length, municipalities })),
    values,
  }));
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondents,
    skipped,
    items,
  };
}
