import type { RawFinding } from "../../../_lib/_legacy.js";
import type { FindingPath } from "../../../core/findings/types.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import type { QuestionnaireIndex } from "../../_items.js";

/** What every questionnaire rule sees: the questionnaire's items indexed once. */
export interface QuestionnaireRuleContext {
  readonly index: QuestionnaireIndex;
}

/** One rule of `checkQuestionnaire`. */
export type QuestionnaireRule = (questionnaire: Questionnaire, ctx: QuestionnaireRuleContext) => RawFinding[];

/** Every item with its path and its place in document order, duplicates included. */
export function eachItem(questionnaire: Questionnaire): { item: QuestionnaireItem; path: FindingPath; order: number }[] {
  let order = 0;
  return questionnaire.sections.flatMap((section, sectionIndex) =>
    section.items.map((item, itemIndex) => ({ item, path: ["sections", sectionIndex, "items", itemIndex], order: order++ })),
  );
}
