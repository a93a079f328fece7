import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { eachItem, questionnaireRule } from "./context.js";

type Code = "questionnaire/choice-without-options" | "questionnaire/duplicate-option";

/**
 * `questionnaire/choice-without-options`: a choice item with no options; and
 * `questionnaire/duplicate-option`: an option value given before in the same item (each repeat is
 * reported at its value). Basis: good practice.
 */
export const choiceWithoutOptionsRule = questionnaireRule({
  codes: {
    "questionnaire/choice-without-options": {
      severity: "error",
      description: "A choice item of the questionnaire has no options.",
      basis: PRACTICE,
      messages: {
        nb: "Flervalgsspørsmålet {itemId} har ingen svaralternativer",
        nn: "Fleirvalsspørsmålet {itemId} har ingen svaralternativ",
        en: "Choice item {itemId} has no options",
      },
    },
    "questionnaire/duplicate-option": {
      severity: "error",
      description: "An option value appears more than once in the same choice item; each repeat is reported.",
      basis: PRACTICE,
      messages: {
        nb: "Svaralternativet {value} finnes mer enn én gang i spørsmål {itemId}",
        nn: "Svaralternativet {value} finst meir enn éin gong i spørsmål {itemId}",
        en: "Option {value} appears more than once in item {itemId}",
      },
    },
  },
  run: (questionnaire) =>
    eachItem(questionnaire).flatMap(({ item, path }): RuleFinding<Code>[] => {
      if (item.type !== "choice") return [];
      if (item.options.length === 0) {
        return [{ code: "questionnaire/choice-without-options", path: [...path, "options"], params: { itemId: item.id } }];
      }
      const seen = new Set<string>();
      return item.options.flatMap((option, optionIndex): RuleFinding<Code>[] => {
        const repeated = seen.has(option.value);
        seen.add(option.value);
        return repeated
          ? [{ code: "questionnaire/duplicate-option", path: [...path, "options", optionIndex, "value"], params: { itemId: item.id, value: option.value } }]
          : [];
      });
    }),
});
