import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { questionnaireRule } from "./context.js";

/** `questionnaire/empty-section`: a section with no items. Basis: good practice. */
export const emptySectionRule = questionnaireRule({
  codes: {
    "questionnaire/empty-section": {
      severity: "error",
      description: "A section of the questionnaire has no items.",
      basis: PRACTICE,
      messages: {
        nb: "Delen {sectionId} har ingen spørsmål",
        nn: "Delen {sectionId} har ingen spørsmål",
        en: "Section {sectionId} has no items",
      },
    },
  },
  run: (questionnaire) =>
    questionnaire.sections.flatMap((section, sectionIndex): RuleFinding<"questionnaire/empty-section">[] =>
      section.items.length === 0
        ? [{ code: "questionnaire/empty-section", path: ["sections", sectionIndex, "items"], params: { sectionId: section.id } }]
        : [],
    ),
});
