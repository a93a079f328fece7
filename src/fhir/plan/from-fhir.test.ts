import { describe, expect, it } from "vitest";
import { deepFreeze, makePlan } from "../../../test/fixtures/individual-plan.js";
import { IndividualPlanSchema } from "../../individual-plan/schema.js";
import { systemUrl } from "../code-systems.js";
import { FHIR_CORE_EXTENSION_URLS } from "../extensions.js";
import type { FhirBundle, FhirResource } from "../types.js";
import { fromFhir } from "./from-fhir.js";
import { toFhir } from "./to-fhir.js";

const codes = (input: unknown): [string, readonly (string | number)[]][] => fromFhir(input).findings.map((f) => [f.code, f.path]);

/** The Bundle of a plan with one resource changed. */
function edit(bundle: FhirBundle, type: string, change: (resource: FhirResource) => FhirResource): FhirBundle {
  return { ...bundle, entry: bundle.entry.map((e) => (e.resource.resourceType === type ? { ...e, resource: change(e.resource) } : e)) };
}
const index = (bundle: FhirBundle, type: string): number => bundle.entry.findIndex((e) => e.resource.resourceType === type);

describe("fromFhir", () => {
  it("reads back the plan it was given, without touching the Bundle", () => {
    const plan = makePlan();
    expect(fromFhir(deepFreeze(toFhir(plan)))).toEqual({ plan, findings: [] });
  });

  it.each([null, "Bundle", [], { resourceType: "Patient" }, { resourceType: "Bundle" }, { resourceType: "Bundle", entry: {} }])(
    "reports fhir/not-a-bundle for %j and gives no plan",
    (input) => {
      expect(fromFhir(input)).toEqual({ findings: [expect.objectContaining({ code: "fhir/not-a-bundle", path: [] })] });
    },
  );

  it("reports fhir/no-care-plan for a Bundle without a CarePlan", () => {
    const bundle = toFhir(makePlan());
    expect(codes({ ...bundle, entry: bundle.entry.slice(1) })).toContainEqual(["fhir/no-care-plan", ["entry"]]);
    expect(fromFhir({ ...bundle, entry: bundle.entry.slice(1) }).plan).toBeUndefined();
  });

  it("reports fhir/unmapped-resource for a resource the plan does not use", () => {
    const bundle = toFhir(makePlan());
    const extra = { fullUrl: "urn:uuid:00000000-0000-5000-8000-000000000000", resource: { resourceType: "Observation", status: "final" } };
    const result = fromFhir({ ...bundle, entry: [...bundle.entry, extra] });
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([["fhir/unmapped-resource", ["entry", bundle.entry.length], { resourceType: "Observation" }]]);
    expect(result.plan).toEqual(makePlan());
  });

  it("reports fhir/unknown-code for a status outside the value set and reads the plan as a draft", () => {
    const bundle = edit(toFhir(makePlan()), "CarePlan", (r) => ({ ...r, status: "bogus" }));
    const result = fromFhir(bundle);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([["fhir/unknown-code", ["entry", 0, "resource", "status"]]]);
    expect(result.plan?.status).toBe("draft");
  });

  it("reports fhir/unknown-code for a life area not in the package's code system", () => {
    const bundle = edit(toFhir(makePlan()), "Goal", (r) => ({ ...r, category: [{ coding: [{ system: systemUrl("life-area"), code: "weather" }] }] }));
    const goal = index(bundle, "Goal");
    expect(codes(bundle)).toContainEqual(["fhir/unknown-code", ["entry", goal, "resource", "category", 0]]);
    expect(fromFhir(bundle).plan?.goals?.[0]?.lifeArea).toBeUndefined();
  });

  it("reports fhir/missing-element for a CarePlan without a subject, and reads an empty user", () => {
    const bundle = edit(toFhir(makePlan()), "CarePlan", ({ subject: _subject, ...r }) => r);
    const result = fromFhir(bundle);
    expect(result.findings.map((f) => [f.code, f.path])).toContainEqual(["fhir/missing-element", ["entry", 0, "resource", "subject"]]);
    expect(result.plan?.user).toEqual({});
  });

  it("reports fhir/unresolved-reference for a goal reference that points nowhere", () => {
    const goal = { reference: "urn:uuid:00000000-0000-5000-8000-000000000001" };
    const bundle = edit(toFhir(makePlan({ measures: [{ id: "m-1", goalIds: ["g-1"] }] })), "CarePlan", (r) => ({ ...r, activity: [{ extension: [{ url: "https://samhandling.github.io/samhandling/fhir/StructureDefinition/measure-id", valueString: "m-1" }], detail: { status: "not-started", goal: [goal] } }] }));
    expect(codes(bundle)).toContainEqual(["fhir/unresolved-reference", ["entry", 0, "resource", "activity", 0, "detail", "goal", 0]]);
    const finding = fromFhir(bundle, { locale: "en" }).findings.find((f) => f.code === "fhir/unresolved-reference");
    expect(finding?.params).toEqual({ reference: goal.reference });
    expect(finding?.message).toBe(`The reference ${goal.reference} points to no resource in the Bundle`);
  });

  it("reports fhir/invalid-value for a partial birth date and a national id that fails its check", () => {
    const bundle = edit(toFhir(makePlan()), "Patient", (r) => ({ ...r, birthDate: "1990", identifier: [{ system: "urn:oid:2.16.578.1.12.4.1.4.1", value: "15859012343" }] }));
    const patient = index(bundle, "Patient");
    const result = fromFhir(bundle);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["fhir/invalid-value", ["entry", patient, "resource", "birthDate"]],
      ["fhir/invalid-value", ["entry", patient, "resource", "identifier", 0, "value"]],
    ]);
    expect(result.plan?.user).toEqual({ name: "Bruker Testesen" });
  });

  it("gives schema findings and no plan when the CarePlan has no id", () => {
    const bundle = edit(toFhir(makePlan()), "CarePlan", ({ identifier: _identifier, ...r }) => r);
    const result = fromFhir(bundle);
    expect(result.plan).toBeUndefined();
    expect(result.findings.map((f) => f.code)).toEqual(["fhir/missing-element", "schema/invalid-type"]);
  });

  it("reads deadlines a foreign Bundle writes without our codes: a Timing, a scheduledString", () => {
    const plan = makePlan({ measures: [{ id: "m-1" }, { id: "m-2" }] });
    const activity = (id: string, detail: object) => ({ extension: [{ url: "https://samhandling.github.io/samhandling/fhir/StructureDefinition/measure-id", valueString: id }], detail: { status: "in-progress", ...detail } });
    const bundle = edit(toFhir(plan), "CarePlan", (r) => ({
      ...r,
      activity: [activity("m-1", { scheduledTiming: { repeat: { frequency: 2, period: 1, periodUnit: "a" } } }), activity("m-2", { scheduledString: "innen 15.11.2012" })],
    }));
    expect(fromFhir(bundle).plan?.measures).toEqual([
      { id: "m-1", status: "in-progress", deadline: { kind: "recurrence", frequency: "times-per-year", times: 2 } },
      { id: "m-2", status: "in-progress", deadline: { kind: "date", date: "2012-11-15" } },
    ]);
  });

  it("reads a deadline from its originalText when the period cannot be read", () => {
    const plan = makePlan({ measures: [{ id: "m-1", deadline: { kind: "month", month: "2012-03" } }] });
    const bundle = toFhir(plan);
    const text = JSON.stringify(bundle).replace('"start":"2012-03","end":"2012-03"', '"start":"mars"');
    expect(text).toContain(FHIR_CORE_EXTENSION_URLS.originalText);
    expect(fromFhir(JSON.parse(text)).plan?.measures?.[0]?.deadline).toEqual({ kind: "month", month: "2012-03" });
  });

  it("reads a relationship coded only in v3-RoleCode", () => {
    const plan = makePlan({ participants: [{ id: "p-mor", role: "relative", relation: "parent" }] });
    const bundle = edit(toFhir(plan), "RelatedPerson", (r) => ({ ...r, relationship: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", code: "MTH" }] }] }));
    expect(fromFhir(bundle).plan?.participants).toEqual([{ id: "p-mor", role: "relative", relation: "parent" }]);
  });

  it("gives back an empty list as a list left out (FHIR JSON has no empty arrays)", () => {
    const plan = makePlan({ needs: [], measures: [{ id: "m-1", goalIds: [] }] });
    const back = fromFhir(toFhir(plan)).plan;
    expect(back?.needs).toBeUndefined();
    expect(back?.measures).toEqual([{ id: "m-1" }]);
  });

  it("writes messages in the locale asked for and switches codes off by rules", () => {
    const bundle = edit(toFhir(makePlan()), "CarePlan", (r) => ({ ...r, status: "bogus" }));
    expect(fromFhir(bundle, { locale: "en" }).findings[0]?.message).not.toBe(fromFhir(bundle).findings[0]?.message);
    expect(fromFhir(bundle, { rules: { "fhir/unknown-code": "off" } }).findings).toEqual([]);
  });

  it("throws for bad options, naming them", () => {
    expect(() => fromFhir({}, { locale: "de" as never })).toThrow(RangeError);
    expect(() => fromFhir({}, null as never)).toThrow(TypeError);
    expect(() => fromFhir({}, { rules: { "fhir/bogus": "off" } as never })).toThrow(/rules/);
  });

  it("gives a plan that passes the schema", () => {
    const result = fromFhir(toFhir(makePlan()));
    expect(IndividualPlanSchema.safeParse(result.plan).success).toBe(true);
  });
});
