import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import { eachItem, questionnaireRule } from "./context.js";

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

/** `questionnaire/invalid-range`: an integer, decimal or date item whose `min` is above its `max`. Basis: good practice. */
export const invalidRangeRule = questionnaireRule({
  codes: {
    "questionnaire/invalid-range": {
      severity: "error",
      description: "An integer, decimal or date item's lower bound (min) is above its upper bound (max).",
      basis: PRACTICE,
      messages: {
        nb: "Spørsmål {itemId} har en nedre grense over den øvre",
        nn: "Spørsmål {itemId} har ei nedre grense over den øvre",
        en: "Item {itemId} has a lower bound above its upper bound",
      },
    },
  },
  run: (questionnaire) =>
    eachItem(questionnaire).flatMap(({ item, path }): RuleFinding<"questionnaire/invalid-range">[] =>
      rangeIsInverted(item) ? [{ code: "questionnaire/invalid-range", path: [...path, "min"], params: { itemId: item.id } }] : [],
    ),
});
