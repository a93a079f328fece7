import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import type { FindingPath } from "../../../core/findings/types.js";
import { questionnaireRule } from "./context.js";

/**
 * `questionnaire/duplicate-id`: a section or item id used before; sections and items share one
 * namespace, so answers and conditions can name either without doubt. Basis: good practice.
 */
export const duplicateIdRule = questionnaireRule({
  codes: {
    "questionnaire/duplicate-id": {
      severity: "error",
      description: "A section or item id of the questionnaire is used before; sections and items share one set of ids.",
      basis: PRACTICE,
      messages: {
        nb: "Id-en {id} er brukt mer enn én gang i skjemaet",
        nn: "Id-en {id} er brukt meir enn éin gong i skjemaet",
        en: "The id {id} is used more than once in the questionnaire",
      },
    },
  },
  run: (questionnaire) => {
    const seen = new Set<string>();
    const findings: RuleFinding<"questionnaire/duplicate-id">[] = [];
    const visit = (id: string, path: FindingPath): void => {
      if (seen.has(id)) findings.push({ code: "questionnaire/duplicate-id", path, params: { id } });
      seen.add(id);
    };
    questionnaire.sections.forEach((section, sectionIndex) => {
      visit(section.id, ["sections", sectionIndex, "id"]);
      section.items.forEach((item, itemIndex) => visit(item.id, ["sections", sectionIndex, "items", itemIndex, "id"]));
    });
    return findings;
  },
});
