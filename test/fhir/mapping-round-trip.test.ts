import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  coordinatingUnitMappingForm,
  type MappingAnswer,
  type MappingResponse,
  mappingAssessmentCodeSystem,
  mappingResponseFromFhir,
  mappingResponseToFhir,
  type Questionnaire,
  type QuestionnaireItem,
} from "../../src/index.js";
import { itemsOf, makeTinyQuestionnaire, readMappingResponses } from "../fixtures/mapping.js";
import { checkFhir } from "./_bundle-checks.js";
import { fhirIssues } from "./_medplum.js";

/** The answers in the questionnaire's order, as the FHIR response holds them. */
function inFormOrder(response: MappingResponse, questionnaire: Questionnaire): MappingResponse {
  const order = itemsOf(questionnaire).map((item) => item.id);
  return { ...response, answers: [...response.answers].sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId)) };
}

// FHIR strings need a character that is not white space (medplum rejects "  ").
const textArb = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");

function answerArb(item: QuestionnaireItem): fc.Arbitrary<MappingAnswer> {
  const itemId = item.id;
  switch (item.type) {
    case "assessment":
      return fc
        .record({ value: fc.constantFrom("yes", "partly", "no", "dont-know" as const), comment: fc.option(textArb, { nil: undefined }) })
        .map(({ value, comment }): MappingAnswer => (comment === undefined ? { itemId, type: "assessment", value } : { itemId, type: "assessment", value, comment }));
    case "text":
      return textArb.map((value): MappingAnswer => ({ itemId, type: "text", value }));
    case "boolean":
      return fc.boolean().map((value): MappingAnswer => ({ itemId, type: "boolean", value }));
    case "integer":
      return fc.maxSafeInteger().map((value): MappingAnswer => ({ itemId, type: "integer", value: value === 0 ? 0 : value }));
    case "decimal":
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): MappingAnswer => ({ itemId, type: "decimal", value: value === 0 ? 0 : value }));
    case "choice":
      return fc.constantFrom(...item.options.map((o) => o.value)).map((value): MappingAnswer => ({ itemId, type: "choice", value }));
    case "date":
      return fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d): MappingAnswer => ({ itemId, type: "date", value: d.toISOString().slice(0, 10) }));
  }
}

function responseArb(questionnaire: Questionnaire): fc.Arbitrary<MappingResponse> {
  const items = itemsOf(questionnaire);
  return fc
    .record({
      answers: fc.tuple(...items.map((item) => fc.option(answerArb(item), { nil: undefined }))).chain((answers) => fc.shuffledSubarray(answers.filter((a) => a !== undefined))),
      id: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/), { nil: undefined }),
      status: fc.constantFrom("in-progress", "completed" as const),
      date: fc.constantFrom("2012-04-16", "2012-02-29", "2025-12-31"),
      municipality: fc.constantFrom("1525", "1528", "1531", "0301"),
      municipalityName: fc.option(textArb, { nil: undefined }),
      unit: fc.option(textArb, { nil: undefined }),
    })
    .map(({ answers, id, status, date, municipality, municipalityName, unit }) => ({
      kind: "mapping-response",
      ...(id !== undefined ? { id } : {}),
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      respondent: { municipality, ...(municipalityName !== undefined ? { municipalityName } : {}), ...(unit !== undefined ? { unit } : {}) },
      date,
      status,
      answers,
    }));
}

describe("mappingResponseFromFhir(mappingResponseToFhir(response))", () => {
  it.each([
    ["the tiny form", makeTinyQuestionnaire()],
    ["the built-in form", coordinatingUnitMappingForm],
  ])("gives the response back, through JSON, for generated responses to %s, each a valid FHIR resource", (_, questionnaire) => {
    fc.assert(
      fc.property(responseArb(questionnaire), (response) => {
        const fhir = mappingResponseToFhir(response, questionnaire);
        expect(fhirIssues(fhir)).toEqual([]);
        expect(checkFhir(fhir, { codeSystems: [mappingAssessmentCodeSystem] })).toEqual([]);
        const back = mappingResponseFromFhir(JSON.parse(JSON.stringify(fhir)), questionnaire);
        expect(back).toEqual({ response: inFormOrder(response, questionnaire), findings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("gives the example responses back", () => {
    for (const response of readMappingResponses()) {
      const back = mappingResponseFromFhir(mappingResponseToFhir(response, coordinatingUnitMappingForm), coordinatingUnitMappingForm);
      expect(back.response).toEqual(inFormOrder(response, coordinatingUnitMappingForm));
    }
  });
});
