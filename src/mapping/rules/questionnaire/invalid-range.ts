import type { RawFinding } from "../../../_lib/_legacy.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import { eachItem, type QuestionnaireRule } from "./context.js";

function rangeIsInverted(item: QuestionnaireItem): boolean {
  switch (item.type) {
    case "integer":
    case "decimal":
      return item.min !== undefined && item.max !== undefined && item.min > item.max;
    case "date":
      return item.min !== undefined && item.max !== undefined && item.min > item.max;
    default:
      return false;
  }
}

/** `questionnaire/invalid-range`: an integer, decimal or date item whose `min` is above its `max`. */
export const invalidRange: QuestionnaireRule = (questionnaire) =>
  eachItem(questionnaire).flatMap(({ item, path }): RawFinding[] =>
    rangeIsInverted(item) ? [{ code: "questionnaire/invalid-range", path: [...path, "min"], params: { itemId: item.id } }] : [],
  );
