import type { Questionnaire as MedplumQuestionnaire, QuestionnaireResponse as MedplumQuestionnaireResponse, CodeSystem as MedplumCodeSystem } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import {
  coordinatingUnitMappingForm,
  mappingAssessmentCodeSystem,
  mappingResponseToFhir,
  type MappingResponse,
  questionnaireToFhir,
} from "../../src/index.js";
import { deepFreeze, makeResponse, makeTinyQuestionnaire, makeTinyResponse, readMappingResponses } from "../fixtures/mapping.js";
import { FHIR_BASE } from "../../src/fhir/canonical.js";
import { checkFhir } from "./_bundle-checks.js";
import { fhirIssues } from "./_medplum.js";
import { codingProblems, codingsIn, responseProblems } from "./mapping-conformance.js";

const OWN = [mappingAssessmentCodeSystem];

function problemsOf(resource: MedplumQuestionnaire | MedplumQuestionnaireResponse | MedplumCodeSystem): string[] {
  const issues = fhirIssues(resource).map((issue) => `${issue.severity} ${issue.expression?.join(",")}: ${issue.details?.text}`);
  const codes = codingsIn(resource).flatMap(([path, coding]) => codingProblems(coding, OWN, path));
  const checked = checkFhir(resource, { codeSystems: OWN }).map((p) => `${p.check} ${p.path}: ${p.message}`);
  return [...issues, ...codes, ...checked];
}

describe("questionnaireToFhir", () => {
  it("writes the built-in form as a valid Questionnaire (medplum, codes)", () => {
    const fhir: MedplumQuestionnaire = questionnaireToFhir(coordinatingUnitMappingForm);
    expect(problemsOf(fhir)).toEqual([]);
    expect(fhir.url).toBe(`${FHIR_BASE}/Questionnaire/coordinating-unit-mapping`);
  });

  it("writes the tiny form with every item type as a valid Questionnaire", () => {
    expect(problemsOf(questionnaireToFhir(makeTinyQuestionnaire()))).toEqual([]);
  });

  it("uses the item ids as linkIds, sections as groups, the bokmål text as written", () => {
    const fhir = questionnaireToFhir(coordinatingUnitMappingForm);
    expect(fhir.item.map((item) => [item.linkId, item.type])).toEqual(coordinatingUnitMappingForm.sections.map((s) => [s.id, "group"]));
    const section = coordinatingUnitMappingForm.sections[4]!;
    const questions = fhir.item[4]!.item!.filter((item) => item.type !== "display");
    expect(questions.map((q) => [q.linkId, q.text])).toEqual(section.items.map((item) => [item.id, item.text.nb]));
    expect(questions[0]).toMatchObject({ type: "choice", required: true });
    expect(questions[2]).toMatchObject({ type: "text" });
  });

  it("maps conditions with their operator and typed answer", () => {
    const fhir = questionnaireToFhir(makeTinyQuestionnaire());
    const items = fhir.item.flatMap((section) => section.item ?? []);
    const byId = (id: string) => items.find((item) => item.linkId === id);
    expect(byId("ke-since")).toMatchObject({ enableBehavior: "all", enableWhen: [{ question: "has-ke", operator: "=", answerBoolean: true }] });
    expect(byId("training-count")?.enableWhen).toEqual([
      { question: "tool", operator: "!=", answerCoding: { code: "none" } },
      { question: "staff", operator: ">=", answerInteger: 1 },
    ]);
    expect(byId("routines-how")?.enableWhen?.[0]?.answerCoding).toMatchObject({ system: mappingAssessmentCodeSystem.url, code: "partly" });
    expect(byId("routines-how")).toMatchObject({ enableBehavior: "any", maxLength: 20 });
  });

  it("writes help, basis, bounds and units as extensions, and an empty section as a display item", () => {
    const tiny = makeTinyQuestionnaire();
    const form = {
      ...tiny,
      sections: [
        ...tiny.sections.map((section) => ({ ...section, items: section.items.map((item) => (item.id === "fte" ? { ...item, help: { nb: "I hele stillinger" }, basis: "hol § 7-3" } : item)) })),
        { id: "s3", title: { nb: "Tom del" }, items: [] },
      ],
    };
    const fhir = questionnaireToFhir(form);
    expect(problemsOf(fhir)).toEqual([]);
    const fte = fhir.item[0]?.item?.find((item) => item.linkId === "fte");
    expect(fte?.extension?.map((e) => e.url.split("/").pop())).toEqual(["questionnaire-unit", "minValue", "maxValue", "questionnaire-item-basis"]);
    expect(fte?.item).toEqual([expect.objectContaining({ linkId: "fte/help", type: "display", text: "I hele stillinger" })]);
    expect(fhir.item[2]).toEqual({ linkId: "s3", type: "display", text: "Tom del" });
  });

  it("has checks that catch an answer the Questionnaire does not allow", () => {
    const fhir = mappingResponseToFhir(makeResponse([{ itemId: "ip-routines", type: "assessment", value: "yes" }]), coordinatingUnitMappingForm);
    const bent = { ...fhir, item: [{ linkId: "individual-plan", item: [{ linkId: "ip-routines", answer: [{ valueString: "ja" }] }] }] };
    expect(responseProblems(bent, questionnaireToFhir(coordinatingUnitMappingForm))).toEqual(["item[0].item[0].answer[0]: valueString for a choice item"]);
    const unknownCode = { ...fhir, item: [{ linkId: "individual-plan", item: [{ linkId: "ip-routines", answer: [{ valueCoding: { system: mappingAssessmentCodeSystem.url, code: "maybe" } }] }] }] };
    expect(problemsOf(unknownCode).length).toBeGreaterThan(0);
  });

  it("does not change its input", () => {
    const form = deepFreeze(makeTinyQuestionnaire());
    expect(() => questionnaireToFhir(form)).not.toThrow();
  });

  it("refuses what is not a questionnaire", () => {
    expect(() => questionnaireToFhir({ kind: "questionnaire" } as never)).toThrow(TypeError);
  });
});

describe("mappingResponseToFhir", () => {
  const questionnaire = questionnaireToFhir(coordinatingUnitMappingForm);

  it.each(readMappingResponses().map((r) => [r.respondent.municipality, r] as const))("writes the example response of %s as a valid QuestionnaireResponse", (_, response) => {
    const fhir = mappingResponseToFhir(response, coordinatingUnitMappingForm);
    const typed: MedplumQuestionnaireResponse = fhir;
    expect(problemsOf(typed)).toEqual([]);
    expect(responseProblems(fhir, questionnaire)).toEqual([]);
    const answered = (fhir.item ?? []).flatMap((section) => section.item ?? []).map((item) => item.linkId);
    expect([...answered].sort()).toEqual(response.answers.map((a) => a.itemId).sort());
  });

  it("names the municipality as subject, by its number, and the unit as author", () => {
    const fhir = mappingResponseToFhir(makeResponse(), coordinatingUnitMappingForm);
    expect(fhir.subject).toEqual({
      type: "Organization",
      identifier: { system: "https://register.geonorge.no/subregister/sosi-kodelister/kartverket/kommunenummer-alle", value: "1525" },
      display: "Stranda",
    });
    expect(fhir.author).toEqual({ type: "Organization", display: "Koordinerande eining" });
    expect(fhir).toMatchObject({ status: "completed", authored: "2012-04-20", questionnaire: `${questionnaire.url}|2012` });
  });

  it("writes every answer type of the tiny form, and a comment under its assessment", () => {
    const response: MappingResponse = makeTinyResponse([
      { itemId: "has-ke", type: "boolean", value: true },
      { itemId: "ke-since", type: "date", value: "2012-01-01" },
      { itemId: "fte", type: "decimal", value: 1.5 },
      { itemId: "staff", type: "integer", value: 3 },
      { itemId: "routines", type: "assessment", value: "partly", comment: "Må oppdateres" },
      { itemId: "routines-how", type: "text", value: "Maler" },
      { itemId: "tool", type: "choice", value: "paper" },
      { itemId: "training-count", type: "integer", value: 2 },
    ]);
    const tiny = makeTinyQuestionnaire();
    const fhir = mappingResponseToFhir(deepFreeze(response), tiny);
    expect(problemsOf(fhir)).toEqual([]);
    expect(responseProblems(fhir, questionnaireToFhir(tiny))).toEqual([]);
    const routines = fhir.item?.[1]?.item?.[0];
    expect(routines?.answer?.[0]?.item?.[0]).toEqual({ linkId: "routines/comment", text: "Kommentar", answer: [{ valueString: "Må oppdateres" }] });
  });

  it("writes a response without answers or id, and without item", () => {
    const fhir = mappingResponseToFhir(makeResponse([], { status: "in-progress", id: undefined }), coordinatingUnitMappingForm);
    expect(problemsOf(fhir)).toEqual([]);
    expect(fhir.item).toBeUndefined();
    expect(fhir.identifier).toBeUndefined();
  });

  it("refuses an answer the questionnaire cannot hold, and another version", () => {
    const unknown = makeResponse([{ itemId: "nope", type: "boolean", value: true }]);
    expect(() => mappingResponseToFhir(unknown, coordinatingUnitMappingForm)).toThrow(/answers\[0\]/);
    const wrongType = makeResponse([{ itemId: "ip-routines", type: "text", value: "ja" }]);
    expect(() => mappingResponseToFhir(wrongType, coordinatingUnitMappingForm)).toThrow(TypeError);
    const twice = makeResponse([
      { itemId: "ip-routines", type: "assessment", value: "yes" },
      { itemId: "ip-routines", type: "assessment", value: "no" },
    ]);
    expect(() => mappingResponseToFhir(twice, coordinatingUnitMappingForm)).toThrow(/answers\[1\]/);
    const other = makeResponse([], { questionnaire: { id: "coordinating-unit-mapping", version: "2011" } });
    expect(() => mappingResponseToFhir(other, coordinatingUnitMappingForm)).toThrow(TypeError);
  });
});

describe("mappingAssessmentCodeSystem", () => {
  it("is a valid CodeSystem under the package's base", () => {
    const system: MedplumCodeSystem = mappingAssessmentCodeSystem;
    expect(problemsOf(system)).toEqual([]);
    expect(system.url).toBe(`${FHIR_BASE}/CodeSystem/mapping-assessment`);
  });
});
