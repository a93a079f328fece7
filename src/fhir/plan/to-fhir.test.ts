import { describe, expect, it } from "vitest";
import { deepFreeze, makePlan } from "../../../test/fixtures/individual-plan.js";
import { firstId } from "../../../test/fixtures/national-ids.js";
import { NationalIdSchema } from "../../core/identifiers/national-id.js";
import { OrganizationNumberSchema } from "../../core/identifiers/organization-number.js";
import { FHIR_CORE_EXTENSION_URLS, FHIR_EXTENSION_URLS } from "../extensions.js";
import type { FhirResource } from "../types.js";
import { toFhir } from "./to-fhir.js";

const of = (type: string, plan = makePlan()): FhirResource[] => toFhir(plan).entry.map((e) => e.resource).filter((r) => r.resourceType === type);
const json = (value: unknown): string => JSON.stringify(value);

describe("toFhir", () => {
  it("writes a collection Bundle whose fullUrls are stable urn:uuid UUIDs", () => {
    const bundle = toFhir(deepFreeze(makePlan()));
    expect(bundle.type).toBe("collection");
    for (const entry of bundle.entry) expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toFhir(makePlan())).toEqual(bundle);
    expect(toFhir(makePlan({ id: "ip-other" })).entry[0]!.fullUrl).not.toBe(bundle.entry[0]!.fullUrl);
  });

  it.each([
    ["fødselsnummer", "15859012342", "urn:oid:2.16.578.1.12.4.1.4.1", "FNR"],
    ["D-number", "55859012336", "urn:oid:2.16.578.1.12.4.1.4.2", "DNR"],
    ["FH-number", firstId("812345", 100), "urn:oid:2.16.578.1.12.4.1.4.3", "FHN"],
    ["H-number", "15459012440", "HNR", "HNR"],
  ])("writes a %s with HL7 Norway's system and Volven 8327 type", (_kind, id, system, type) => {
    const [patient] = of("Patient", makePlan({ user: { nationalId: NationalIdSchema.parse(id) } }));
    expect(patient!["identifier"]).toEqual([{ system, type: { coding: [{ system: "urn:oid:2.16.578.1.12.4.1.1.8327", code: type }] }, value: id }]);
  });

  it("writes the organisation number with the ENH system on the provider's Organization", () => {
    const plan = makePlan({ participants: [{ id: "p-nav", role: "service-provider", service: "NAV", organizationNumber: OrganizationNumberSchema.parse("123456785") }] });
    const [organization] = of("Organization", plan);
    expect(organization).toEqual({ resourceType: "Organization", identifier: [{ system: "urn:oid:2.16.578.1.12.4.1.4.101", value: "123456785" }], name: "NAV" });
  });

  it.each([
    [{ kind: "date", date: "2012-11-15" }, { end: "2012-11-15" }],
    [{ kind: "month", month: "2012-03" }, { start: "2012-03", end: "2012-03" }],
    [{ kind: "year", year: 2013 }, { start: "2013", end: "2013" }],
    [{ kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } }, { start: "2012-05", end: "2012-06" }],
  ] as const)("writes the deadline %j as a partial-date scheduledPeriod", (deadline, period) => {
    const [carePlan] = of("CarePlan", makePlan({ measures: [{ id: "m-1", deadline }] }));
    const detail = json(carePlan!["activity"]);
    for (const [key, value] of Object.entries(period)) expect(detail).toContain(`"${key}":"${value}"`);
    expect(detail).toContain(FHIR_CORE_EXTENSION_URLS.originalText);
  });

  it("writes a recurrence as a Timing, with the kind in Timing.code and a yearly day in extensions", () => {
    const [carePlan] = of("CarePlan", makePlan({ measures: [{ id: "m-1", deadline: { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 } }] }));
    const text = json(carePlan!["activity"]);
    expect(text).toContain('"frequency":1,"period":1,"periodUnit":"a"');
    expect(text).toContain(`{"url":"${FHIR_CORE_EXTENSION_URLS.dayOfMonth}","valuePositiveInt":1}`);
    expect(text).toContain(`{"url":"${FHIR_EXTENSION_URLS["timing-month-of-year"]}","valuePositiveInt":5}`);
    expect(text).toContain('"valueString":"innen 1. mai hvert år"');
  });

  it("codes the coordinator and child coordinator on the participants' CareTeam, with periods", () => {
    const plan = makePlan({ coordinatorAssignments: [{ id: "a-1", participantId: "p-coord", from: "2025-01-20", to: "2025-06-30" }, { id: "a-2", participantId: "p-coord", kind: "child-coordinator", from: "2025-07-01" }] });
    const [team] = of("CareTeam", plan);
    const text = json(team);
    expect(text).toContain('"code":"coordinator"}]}],"member"');
    expect(text).toContain('"code":"child-coordinator"');
    expect(text).toContain('"period":{"start":"2025-01-20","end":"2025-06-30"}');
  });

  it("marks a closed plan revoked when consent was withdrawn, and completed otherwise", () => {
    expect(of("CarePlan", makePlan({ status: "closed", closingReason: "consent-withdrawn" }))[0]!["status"]).toBe("revoked");
    expect(of("CarePlan", makePlan({ status: "closed", closingReason: "moved" }))[0]!["status"]).toBe("completed");
  });

  it("writes a withdrawn consent inactive, with the withdrawal date and who it shares with", () => {
    const [consent] = of("Consent", makePlan({ consents: [{ id: "c-1", purposes: ["information-sharing"], sharesWith: ["p-nav"], givenBy: "user", givenOn: "2025-01-15", withdrawnOn: "2025-05-01" }] }));
    expect(consent!["status"]).toBe("inactive");
    expect(json(consent)).toContain(`{"url":"${FHIR_EXTENSION_URLS["consent-withdrawn"]}","valueDate":"2025-05-01"}`);
    expect(json(consent!["provision"])).toContain('"value":"p-nav"');
    expect(consent!["scope"]).toEqual({ coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy" }] });
  });

  it("writes each responsibility-group meeting as an Encounter", () => {
    const encounters = of("Encounter");
    expect(encounters.map((e) => [e["status"], e["period"]])).toEqual([
      ["finished", { start: "2025-03-04", end: "2025-03-04" }],
      ["finished", { start: "2025-08-26", end: "2025-08-26" }],
      ["planned", { start: "2025-11-18", end: "2025-11-18" }],
    ]);
  });

  it("throws a TypeError for what is not a plan", () => {
    expect(() => toFhir({ kind: "action-plan" } as never)).toThrow(TypeError);
  });
});
