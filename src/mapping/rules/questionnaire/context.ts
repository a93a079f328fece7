import { ruleFor } from "../../../_lib/engine/rule.js";
import type { FindingPath } from "../../../core/findings/types.js";
import type { QuestionnaireIndex } from "../../_items.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import type { Questionnaire } from "../../questionnaire-schema.js";

/** What every questionnaire rule sees: the questionnaire's items indexed once. No rule depends on the day. */
export interface QuestionnaireRuleContext {
  readonly index: QuestionnaireIndex;
}

/** Declares a rule of `checkQuestionnaire`: its codes with severity, basis and messages, and its function. */
export const questionnaireRule = ruleFor<Questionnaire, QuestionnaireRuleContext>();

/** Every item with its path and its place in document order, duplicates included. */
export function eachItem(questionnaire: Questionnaire): { item: QuestionnaireItem; path: FindingPath; order: number }[] {
  let order = 0;
  return questionnaire.sections.flatMap((section, sectionIndex) =>
    section.items.map((item, itemIndex) => ({ item, path: ["sections", sectionIndex, "items", itemIndex], order: order++ })),
  );
}
