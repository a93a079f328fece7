import { describe, expect, it } from "vitest";
import { coordinatingUnitMappingForm, type FhirQuestionnaireResponse, mappingResponseFromFhir, mappingResponseToFhir } from "../../src/index.js";
import { deepFreeze, makeResponse, makeTinyQuestionnaire, makeTinyResponse } from "../fixtures/mapping.js";

const form = coordinatingUnitMappingForm;
const base = (): FhirQuestionnaireResponse =>
  mappingResponseToFhir(
    makeResponse([
      { itemId: "ip-routines", type: "assessment", value: "partly", comment: "Må oppdateres" },
      { itemId: "ip-training", type: "text", value: "Ved behov" },
    ]),
    form,
  );
const codesOf = (input: unknown) => mappingResponseFromFhir(input, form).findings.map((f) => [f.code, f.path]);

/** The exported response with its one section's items replaced. */
function withItems(items: unknown[]): unknown {
  const fhir = base();
  return { ...fhir, item: [{ linkId: "individual-plan", item: items }] };
}

describe("mappingResponseFromFhir", () => {
  it("reads what mappingResponseToFhir wrote, without findings, and leaves it unchanged", () => {
    const fhir = deepFreeze(base());
    const { response, findings } = mappingResponseFromFhir(fhir, form);
    expect(findings).toEqual([]);
    expect(response?.answers).toEqual([
      { itemId: "ip-routines", type: "assessment", value: "partly", comment: "Må oppdateres" },
      { itemId: "ip-training", type: "text", value: "Ved behov" },
    ]);
  });

  it("refuses what is not a QuestionnaireResponse", () => {
    expect(codesOf(null)).toEqual([["schema/invalid-type", []]]);
    expect(codesOf({ resourceType: "Patient" })).toEqual([["schema/invalid-value", ["resourceType"]]]);
  });

  it("flags another questionnaire or version, a status it cannot hold and a date that is not one", () => {
    expect(codesOf({ ...base(), questionnaire: "https://example.org/Questionnaire/x|1" })).toEqual([["schema/invalid-value", ["questionnaire"]]]);
    expect(codesOf({ ...base(), status: "stopped" })).toEqual([["schema/invalid-value", ["status"]]]);
    expect(codesOf({ ...base(), authored: "2012-04" })).toEqual([["schema/invalid-date", ["authored"]]]);
  });

  it("reads amended as completed and a dateTime by its date", () => {
    const { response } = mappingResponseFromFhir({ ...base(), status: "amended", authored: "2012-04-20T10:00:00+02:00" }, form);
    expect(response).toMatchObject({ status: "completed", date: "2012-04-20" });
  });

  it("wants the municipality by a kommunenummer system, and a valid number", () => {
    expect(codesOf({ ...base(), subject: { reference: "Organization/1" } })).toEqual([["schema/invalid-value", ["subject"]]]);
    const oid = { ...base(), subject: { identifier: { system: "urn:oid:2.16.578.1.12.4.1.1.3402", value: "1525" } } };
    expect(mappingResponseFromFhir(oid, form).response?.respondent).toEqual({ municipality: "1525", unit: "Koordinerande eining" });
    const bad = { ...base(), subject: { identifier: { system: "urn:oid:2.16.578.1.12.4.1.1.3402", value: "15" } } };
    expect(codesOf(bad)).toEqual([["schema/invalid-municipality-number", ["subject", "identifier", "value"]]]);
  });

  it("flags an unknown linkId, an answer of another type, a second answer, an item answered twice", () => {
    expect(codesOf(withItems([{ linkId: "ghost", answer: [{ valueString: "x" }] }]))).toEqual([["schema/invalid-value", ["item", 0, "item", 0, "linkId"]]]);
    expect(codesOf(withItems([{ linkId: "ip-routines", answer: [{ valueString: "ja" }] }]))).toEqual([["schema/invalid-type", ["item", 0, "item", 0, "answer", 0]]]);
    expect(codesOf(withItems([{ linkId: "ip-routines", answer: [{ valueCoding: { system: "http://example.org", code: "yes" } }] }]))).toEqual([
      ["schema/invalid-type", ["item", 0, "item", 0, "answer", 0]],
    ]);
    expect(codesOf(withItems([{ linkId: "ip-training", answer: [{ valueString: "a" }, { valueString: "b" }] }]))).toEqual([["schema/too-big", ["item", 0, "item", 0, "answer"]]]);
    const twice = withItems([
      { linkId: "ip-training", answer: [{ valueString: "a" }] },
      { linkId: "ip-training", answer: [{ valueString: "b" }] },
    ]);
    expect(codesOf(twice)).toEqual([["schema/invalid-value", ["item", 0, "item", 1, "linkId"]]]);
    expect(codesOf(withItems([{ text: "no linkId" }]))).toEqual([["schema/invalid-type", ["item", 0, "item", 0]]]);
  });

  it("reads questions outside their section's group, and skips items without answers", () => {
    const fhir = { ...base(), item: [{ linkId: "ip-training", answer: [{ valueString: "Ved behov" }] }, { linkId: "ip-routines" }] };
    expect(mappingResponseFromFhir(fhir, form)).toMatchObject({ findings: [], response: { answers: [{ itemId: "ip-training" }] } });
  });

  it("flags an empty text, and a value the response schema refuses, such as an id that is no id", () => {
    expect(codesOf(withItems([{ linkId: "ip-training", answer: [{ valueString: "" }] }]))).toEqual([["schema/invalid-type", ["item", 0, "item", 0, "answer", 0]]]);
    const identifier = { system: "https://samhandling.github.io/samhandling/fhir/NamingSystem/mapping-response-id", value: "not an id!" };
    expect(codesOf({ ...base(), identifier })).toEqual([["schema/invalid", []]]);
  });

  it("reads dates of the tiny form's date item only when whole", () => {
    const tiny = makeTinyQuestionnaire();
    const fhir = mappingResponseToFhir(makeTinyResponse([{ itemId: "ke-since", type: "date", value: "2012-01-01" }]), tiny);
    const withDate = (valueDate: string) => ({ ...fhir, item: [{ linkId: "s1", item: [{ linkId: "ke-since", answer: [{ valueDate }] }] }] });
    expect(mappingResponseFromFhir(withDate("2012-01-01"), tiny).response?.answers).toEqual([{ itemId: "ke-since", type: "date", value: "2012-01-01" }]);
    expect(mappingResponseFromFhir(withDate("2012-01"), tiny).findings.map((f) => f.path)).toEqual([["item", 0, "item", 0, "answer", 0]]);
  });

  it("never puts the resource's text, names or ids into a finding", () => {
    const fhir = {
      ...base(),
      subject: { identifier: { system: "urn:oid:2.16.578.1.12.4.1.1.3402", value: "Kari Nordmann 15859012342" } },
      item: [{ linkId: "Ola Nordmann", answer: [{ valueString: "hemmelig" }] }, { linkId: "ip-training", answer: [{ valueBoolean: true }] }],
    };
    for (const locale of ["nb", "nn", "en"] as const) {
      const { findings } = mappingResponseFromFhir(fhir, form, { locale });
      expect(findings.length).toBe(3);
      expect(JSON.stringify(findings)).not.toMatch(/Nordmann|15859012342|hemmelig/);
    }
  });

  it("writes messages in the caller's locale and refuses bad options", () => {
    const [finding] = mappingResponseFromFhir({ resourceType: "Patient" }, form, { locale: "en" }).findings;
    expect(finding?.params).toEqual({ detail: "not a QuestionnaireResponse" });
    expect(() => mappingResponseFromFhir({}, form, { locale: "se" as never })).toThrow(RangeError);
    expect(() => mappingResponseFromFhir({}, { kind: "questionnaire" } as never)).toThrow(TypeError);
  });
});
