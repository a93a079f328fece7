import type { RawFinding } from "../../../_lib/_legacy.js";
import type { QuestionnaireRule } from "./context.js";

/** `questionnaire/empty-section`: a section with no items. */
export const emptySection: QuestionnaireRule = (questionnaire) =>
  questionnaire.sections.flatMap((section, sectionIndex): RawFinding[] =>
    section.items.length === 0
      ? [{ code: "questionnaire/empty-section", path: ["sections", sectionIndex, "items"], params: { sectionId: section.id } }]
      : [],
  );
