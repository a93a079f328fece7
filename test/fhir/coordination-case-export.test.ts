import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type CoordinationCase,
  type CoordinationCaseBundle,
  coordinationCaseCodeSystems,
  coordinationCaseToFhir,
  CoordinationCaseSchema,
  type FhirCaseTask,
} from "../../src/index.js";
import { deepFreeze, makeAppointment, makeCase, makeNewCase, syntheticNationalId } from "../fixtures/coordination-case.js";
import { checkFhir } from "./_bundle-checks.js";
import { bundleProblems, medplumProblems } from "./coordination-case-checks.js";

const examples: CoordinationCase[] = CoordinationCaseSchema.array().parse(
  JSON.parse(readFileSync(new URL("../../examples/data/coordination-cases.json", import.meta.url), "utf8")),
);

const tasks = (bundle: CoordinationCaseBundle): FhirCaseTask[] => bundle.entry.flatMap(({ resource }) => (resource.resourceType === "Task" ? [resource] : []));
const taskCode = (task: FhirCaseTask): string | undefined => task.code.coding?.[0]?.code;

describe("coordinationCaseToFhir", () => {
  it.each(examples.map((c) => [c.id, c] as const))("writes the example case %s as a valid Bundle", (_, c) => {
    expect(bundleProblems(coordinationCaseToFhir(c))).toEqual([]);
  });

  it("writes the fixture cases as valid Bundles", () => {
    const cases = [
      makeCase(),
      makeNewCase(),
      makeCase({ consent: { status: "pending", askedOn: "2025-09-02" }, offer: { offeredOn: "2025-09-05", plan: "pending", coordinator: "pending" } }),
      makeCase({ consent: { status: "declined", declinedOn: "2025-09-03", declinedBy: "guardian" }, activities: [{ date: "2025-09-04", kind: "other" }] }),
      makeCase({ appointments: [makeAppointment({ endedOn: "2025-09-20" }), makeAppointment({ id: "a-2", kind: "child-coordinator", appointedOn: "2025-09-21" })] }),
    ];
    for (const c of cases) expect(bundleProblems(coordinationCaseToFhir(c))).toEqual([]);
  });

  it("has checks that fail on a broken Bundle", () => {
    const bundle = coordinationCaseToFhir(makeCase());
    const broken: CoordinationCaseBundle = {
      ...bundle,
      entry: bundle.entry.map((entry, i) => (i === 1 && entry.resource.resourceType === "ServiceRequest" ? { ...entry, resource: { ...entry.resource, subject: { reference: "urn:uuid:nowhere" } } } : entry)),
    };
    expect(bundleProblems(broken)).toEqual([
      "entry[1].resource.subject: unresolved",
      "reference Bundle.entry[1].resource.subject.reference: reference urn:uuid:nowhere resolves to no Bundle entry",
    ]);
  });

  it("maps the case's statuses: open, closed with coordination established, closed for another reason", () => {
    const statuses = (c: CoordinationCase) => {
      const bundle = coordinationCaseToFhir(c);
      const request = bundle.entry.find((e) => e.resource.resourceType === "ServiceRequest")?.resource;
      const caseTask = tasks(bundle).find((t) => t.partOf === undefined);
      return [request?.resourceType === "ServiceRequest" ? request.status : undefined, caseTask?.status, caseTask?.statusReason?.coding?.[0]?.code];
    };
    expect(statuses(makeCase())).toEqual(["active", "in-progress", undefined]);
    expect(statuses(makeCase({ status: "closed", closedOn: "2025-09-30", closingReason: "coordination-established" }))).toEqual(["completed", "completed", "coordination-established"]);
    expect(statuses(makeCase({ status: "closed", closedOn: "2025-09-30", closingReason: "moved" }))).toEqual(["revoked", "cancelled", "moved"]);
    expect(statuses(makeCase({ status: "closed", closedOn: "2025-09-30" }))).toEqual(["revoked", "cancelled", undefined]);
  });

  it("writes a Task per recorded step, and none for a step not reached", () => {
    expect(tasks(coordinationCaseToFhir(makeNewCase())).map(taskCode)).toEqual(["follow-up-notice"]);
    const c = makeCase({ activities: [{ date: "2025-09-10", kind: "contact" }] });
    expect(tasks(coordinationCaseToFhir(c)).map((t) => [taskCode(t), t.status])).toEqual([
      ["follow-up-notice", "in-progress"],
      ["clarify-consent", "completed"],
      ["make-offer", "completed"],
      ["coordinator-assignment", "in-progress"],
      ["make-plan", "completed"],
      ["contact", "completed"],
    ]);
  });

  it("keeps consent withdrawal, offer answers, training and the plan's id", () => {
    const c = makeCase({ consent: { status: "given", givenOn: "2025-09-05", givenBy: "parent", withdrawnOn: "2025-09-28" } });
    const [, consent, offer, appointment, plan] = tasks(coordinationCaseToFhir(c));
    expect(consent?.businessStatus?.coding?.[0]?.code).toBe("withdrawn");
    expect(consent?.output?.map((o) => o.valueCoding?.code ?? o.valueDate)).toEqual(["parent", "2025-09-28"]);
    expect(offer?.output?.map((o) => [o.type.coding?.[0]?.code, o.valueCoding?.code])).toEqual([["plan-answer", "accepted"], ["coordinator-answer", "accepted"]]);
    expect(appointment).toMatchObject({ executionPeriod: { start: "2025-09-15" }, input: [{ valueDate: "2024-05-30" }] });
    expect(plan?.output?.[0]?.valueReference?.identifier?.value).toBe("ip-1");
  });

  it("writes the user's national id under HL7 Norway's system, and one Practitioner per coordinator", () => {
    const nationalId = syntheticNationalId("1990-05-15");
    const c = makeCase({ appointments: [makeAppointment({ endedOn: "2025-09-20" }), makeAppointment({ id: "a-2", appointedOn: "2025-09-21" })] });
    const parsed = CoordinationCaseSchema.parse({ ...c, user: { id: "u-1", nationalId } });
    const bundle = coordinationCaseToFhir(parsed);
    const patient = bundle.entry[0]?.resource;
    expect(patient?.resourceType === "Patient" ? (patient.identifier ?? []).map((i) => i.system) : []).toEqual([
      "https://samhandling.github.io/samhandling/fhir/NamingSystem/coordination-case-user",
      "urn:oid:2.16.578.1.12.4.1.4.1",
    ]);
    expect(bundle.entry.filter((e) => e.resource.resourceType === "Practitioner")).toHaveLength(1);
  });

  it("gives the same Bundle for the same case, other fullUrls for another case, and leaves the case unchanged", () => {
    const c = deepFreeze(makeCase());
    expect(coordinationCaseToFhir(c)).toEqual(coordinationCaseToFhir(structuredClone(c)));
    const urls = (x: CoordinationCase) => coordinationCaseToFhir(x).entry.map((e) => e.fullUrl);
    const other = urls(makeCase({ id: "ke-2" }));
    expect(urls(c).filter((url) => other.includes(url))).toEqual([]);
  });

  it("refuses what is not a coordination case", () => {
    expect(() => coordinationCaseToFhir({ kind: "coordination-case" } as never)).toThrow(TypeError);
  });

  it("defines valid code systems", () => {
    for (const system of coordinationCaseCodeSystems) expect([...medplumProblems(system), ...checkFhir(system)]).toEqual([]);
  });
});
