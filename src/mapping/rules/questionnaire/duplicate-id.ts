import type { RawFinding } from "../../../_lib/_legacy.js";
import type { FindingPath } from "../../../core/findings/types.js";
import type { QuestionnaireRule } from "./context.js";

/** `questionnaire/duplicate-id`: a section or item id used before; sections and items share one namespace. */
export const duplicateId: QuestionnaireRule = (questionnaire) => {
  const seen = new Set<string>();
  const findings: RawFinding[] = [];
  const visit = (id: string, path: FindingPath): void => {
    if (seen.has(id)) findings.push({ code: "questionnaire/duplicate-id", path, params: { id } });
    seen.add(id);
  };
  questionnaire.sections.forEach((section, sectionIndex) => {
    visit(section.id, ["sections", sectionIndex, "id"]);
    section.items.forEach((item, itemIndex) => visit(item.id, ["sections", sectionIndex, "items", itemIndex, "id"]));
  });
  return findings;
};
