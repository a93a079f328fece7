import { requireQuestionnaire, requireResponse } from "../../mapping/_guards.js";
import type { QuestionnaireItem } from "../../mapping/item-schema.js";
import type { Questionnaire } from "../../mapping/questionnaire-schema.js";
import type { MappingAnswer, MappingResponse } from "../../mapping/response-schema.js";
import { codingOf } from "./_code-system.js";
import { COMMENT_TEXT, commentLinkId, MUNICIPALITY_SYSTEM, questionnaireUrl, RESPONSE_ID_SYSTEM } from "./_shared.js";
import { mappingAssessmentCodeSystem } from "./code-systems.js";
import type { FhirQuestionnaireResponse, FhirQuestionnaireResponseAnswer, FhirQuestionnaireResponseItem } from "./questionnaire-types.js";
import type { FhirReference } from "./types.js";

function answerOf(answer: MappingAnswer, item: QuestionnaireItem): FhirQuestionnaireResponseAnswer {
  switch (answer.type) {
    case "assessment": {
      const coding = { valueCoding: codingOf(mappingAssessmentCodeSystem, answer.value) };
      if (answer.comment === undefined) return coding;
      return { ...coding, item: [{ linkId: commentLinkId(answer.itemId), text: COMMENT_TEXT.nb, answer: [{ valueString: answer.comment }] }] };
    }
    case "text":
      return { valueString: answer.value };
    case "boolean":
      return { valueBoolean: answer.value };
    case "integer":
      return { valueInteger: answer.value };
    case "decimal":
      return { valueDecimal: answer.value };
    case "date":
      return { valueDate: answer.value };
    case "choice": {
      const option = item.type === "choice" ? item.options.find((o) => o.value === answer.value) : undefined;
      return { valueCoding: option === undefined ? { code: answer.value } : { code: answer.value, display: option.text.nb } };
    }
  }
}

/** The answers by item, refusing what the questionnaire cannot hold: an unknown item, another type, two answers. */
function answersByItem(response: MappingResponse, questionnaire: Questionnaire): Map<string, MappingAnswer> {
  const items = new Map(questionnaire.sections.flatMap((s) => s.items).map((item) => [item.id, item] as const));
  const byItem = new Map<string, MappingAnswer>();
  for (const [i, answer] of response.answers.entries()) {
    const item = items.get(answer.itemId);
    const problem = item === undefined ? "answers an item the questionnaire does not have" : item.type !== answer.type ? "has another type than its item" : byItem.has(answer.itemId) ? "answers an item answered before" : undefined;
    if (problem !== undefined) throw new TypeError(`mappingResponseToFhir: response.answers[${i}] ${problem}; run validateMappingResponse first`);
    byItem.set(answer.itemId, answer);
  }
  return byItem;
}

/**
 * Maps a mapping response (kartleggingssvar) to a FHIR R4 `QuestionnaireResponse`: `questionnaire`
 * is the canonical `${url}|${version}` of {@link questionnaireToFhir}, `status` in-progress or
 * completed, `authored` the response's date, `subject` the municipality as a logical reference to
 * an Organization by its municipality number (kommunenummer, the Geonorge system), with its name as
 * `display`, and `author` the unit that answered (a role, never a person). Answers sit in their
 * section's group by linkId = item id, in the questionnaire's order: assessments as
 * {@link mappingAssessmentCodeSystem} codings (a comment in the nested item `<id>/comment`), texts
 * as `valueString`, choices as codings of the option. The response id becomes an `identifier`.
 * Never changes its input.
 *
 * @param response - The response; meant to pass {@link validateMappingResponse} against `questionnaire`.
 * @param questionnaire - The questionnaire answered.
 * @returns The FHIR `QuestionnaireResponse` resource.
 * @throws TypeError when `response` is not a mapping response or `questionnaire` not a
 *   questionnaire, when the response answers another questionnaire or version, or when an answer
 *   names an unknown item, has another type than its item or repeats an item.
 *
 * @example
 * const fhir = mappingResponseToFhir(
 *   {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1525" },
 *     date: "2012-04-20",
 *     status: "in-progress",
 *     answers: [{ itemId: "ip-routines", type: "assessment", value: "partly" }],
 *   },
 *   coordinatingUnitMappingForm,
 * );
 * [fhir.subject.identifier?.value, fhir.item?.[0]?.linkId, fhir.item?.[0]?.item?.[0]?.answer?.[0]?.valueCoding?.code]
 * //=> ["1525", "individual-plan", "partly"]
 */
export function mappingResponseToFhir(response: MappingResponse, questionnaire: Questionnaire): FhirQuestionnaireResponse {
  requireResponse(response, "mappingResponseToFhir");
  requireQuestionnaire(questionnaire, "mappingResponseToFhir");
  if (response.questionnaire.id !== questionnaire.id || response.questionnaire.version !== questionnaire.version) {
    throw new TypeError("mappingResponseToFhir: response.questionnaire names another questionnaire or version than questionnaire");
  }
  const byItem = answersByItem(response, questionnaire);
  const sections: FhirQuestionnaireResponseItem[] = [];
  for (const section of questionnaire.sections) {
    const answered = section.items.flatMap((item): FhirQuestionnaireResponseItem[] => {
      const answer = byItem.get(item.id);
      return answer === undefined ? [] : [{ linkId: item.id, text: item.text.nb, answer: [answerOf(answer, item)] }];
    });
    if (answered.length > 0) sections.push({ linkId: section.id, text: section.title.nb, item: answered });
  }
  const { municipality, municipalityName, unit } = response.respondent;
  const subject: FhirReference = { type: "Organization", identifier: { system: MUNICIPALITY_SYSTEM, value: municipality } };
  return {
    resourceType: "QuestionnaireResponse",
    ...(response.id !== undefined ? { identifier: { system: RESPONSE_ID_SYSTEM, value: response.id } } : {}),
    questionnaire: `${questionnaireUrl(questionnaire.id)}|${questionnaire.version}`,
    status: response.status,
    authored: response.date,
    subject: municipalityName === undefined ? subject : { ...subject, display: municipalityName },
    ...(unit !== undefined ? { author: { type: "Organization", display: unit } } : {}),
    ...(sections.length > 0 ? { item: sections } : {}),
  };
}
