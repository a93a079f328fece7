import { requireQuestionnaire, requireResponse } from "./_guards.js";
import { indexQuestionnaire, resolveAnswers } from "./_items.js";
import type { WeakAssessment } from "./common-findings.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingResponse } from "./response-schema.js";

/**
 * A development area (utviklingsområde): an assessment item the respondent answered no, partly or
 * don't know.
 *
 * @example
 * const area: DevelopmentArea = { itemId: "internal-control-in-place", sectionId: "internal-control", answer: "dont-know" };
 */
export interface DevelopmentArea {
  /** The assessment item. */
  readonly itemId: string;
  /** Its section. */
  readonly sectionId: string;
  /** The weak answer given. */
  readonly answer: WeakAssessment;
  /** The respondent's comment, when given. */
  readonly comment?: string;
}

/**
 * Lists a response's development areas (utviklingsområder): the assessment items answered no,
 * partly or don't know, in the questionnaire's order. Only the first answer to an asked item counts;
 * answers to unknown items, of the wrong type or to items not asked are ignored.
 *
 * @param response - A schema-valid response.
 * @param questionnaire - The questionnaire it answers.
 * @returns The development areas.
 * @throws TypeError when `response` is not a mapping response or `questionnaire` is not a questionnaire.
 *
 * @example
 * developmentAreas(
 *   {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1528" },
 *     date: "2012-04-20",
 *     status: "in-progress",
 *     answers: [
 *       { itemId: "ip-routines", type: "assessment", value: "yes" },
 *       { itemId: "internal-control-in-place", type: "assessment", value: "dont-know" },
 *     ],
 *   },
 *   coordinatingUnitMappingForm,
 * )
 * //=> [{ itemId: "internal-control-in-place", sectionId: "internal-control", answer: "dont-know" }]
 */
export function developmentAreas(response: MappingResponse, questionnaire: Questionnaire): DevelopmentArea[] {
  requireResponse(response, "developmentAreas");
  requireQuestionnaire(questionnaire, "developmentAreas");
  return responseAreas(response, questionnaire);
}

/** The body of {@link developmentAreas}, on documents already checked. */
export function responseAreas(response: MappingResponse, questionnaire: Questionnaire): DevelopmentArea[] {
  const index = indexQuestionnaire(questionnaire);
  const resolved = resolveAnswers(response.answers, index);
  return index.entries.flatMap(({ item, sectionId }): DevelopmentArea[] => {
    const answer = resolved.first.get(item.id)?.answer;
    if (item.type !== "assessment" || answer?.type !== "assessment" || answer.value === "yes" || !resolved.enabled.has(item.id)) return [];
    const area = { itemId: item.id, sectionId, answer: answer.value };
    return [answer.comment === undefined ? area : { ...area, comment: answer.comment }];
  });
}
