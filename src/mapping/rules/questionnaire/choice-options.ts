import type { RawFinding } from "../../../_lib/_legacy.js";
import { eachItem, type QuestionnaireRule } from "./context.js";

/** `questionnaire/choice-without-options` and `questionnaire/duplicate-option`. */
export const choiceOptions: QuestionnaireRule = (questionnaire) =>
  eachItem(questionnaire).flatMap(({ item, path }): RawFinding[] => {
    if (item.type !== "choice") return [];
    if (item.options.length === 0) {
      return [{ code: "questionnaire/choice-without-options", path: [...path, "options"], params: { itemId: item.id } }];
    }
    const seen = new Set<string>();
    return item.options.flatMap((option, optionIndex): RawFinding[] => {
      const repeated = seen.has(option.value);
      seen.add(option.value);
      return repeated
        ? [{ code: "questionnaire/duplicate-option", path: [...path, "options", optionIndex, "value"], params: { itemId: item.id, value: option.value } }]
        : [];
    });
  });
