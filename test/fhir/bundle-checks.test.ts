// The test-side FHIR checks (test/fhir/_bundle-checks.ts): each check accepts the correct sample
// Bundle and catches one planted error, on the path where it is planted.
import type { Bundle } from "@medplum/fhirtypes";
import { describe, expect, test } from "vitest";
import { checkFhir, type FhirCheck } from "./_bundle-checks.js";
import { fhirIssues } from "./_medplum.js";
import { PARTICIPANT_ROLE, sampleBundle, URN } from "./_sample-bundle.js";

const REMOVE = Symbol("remove");

/** The sample Bundle with one value set (or removed) at a dotted path such as `entry.1.resource.status`. */
function planted(path: string, value: unknown): Bundle {
  const bundle = sampleBundle();
  const keys = path.split(".");
  const last = keys.pop() ?? "";
  let target: unknown = bundle;
  for (const key of keys) target = Reflect.get(Object(target), key);
  if (value === REMOVE) Reflect.deleteProperty(Object(target), last);
  else Reflect.set(Object(target), last, value);
  return bundle;
}

/** The `check path` of every problem, for compact assertions. */
function found(bundle: unknown): string[] {
  return checkFhir(bundle, { codeSystems: [PARTICIPANT_ROLE] }).map((problem) => `${problem.check} ${problem.path}`);
}

function expectOnly(bundle: unknown, check: FhirCheck, path: string): void {
  expect(found(bundle)).toEqual([`${check} ${path}`]);
}

test("the correct sample Bundle has no problem, though medplum warns on its urn:uuid references", () => {
  expect(found(sampleBundle())).toEqual([]);
  const warnings = fhirIssues(sampleBundle()).map((issue) => issue.details?.text ?? "");
  expect(warnings.length).toBeGreaterThan(0);
  expect(warnings.every((text) => text.startsWith('Invalid reference: got "urn:uuid:'))).toBe(true);
});

test("anything but a resource is one problem", () => {
  expect(found({ type: "collection" })).toEqual(["medplum "]);
  expect(found(null)).toEqual(["medplum "]);
});

describe("medplum", () => {
  test("an error inside the Bundle", () => {
    expectOnly(planted("entry.1.resource.intent", REMOVE), "medplum", "Bundle.entry[1].resource.intent");
  });
  test("a root invariant of an entry (ppc-1), which medplum skips inside a Bundle", () => {
    const bundle = planted("entry.3.resource.policyRule", REMOVE);
    expect(fhirIssues(bundle).filter((issue) => issue.severity === "error")).toEqual([]);
    expectOnly(bundle, "medplum", "Bundle.entry[3].resource");
  });
  test("a warning that is not the urn:uuid false positive (two values in one extension)", () => {
    const extension = [{ url: "https://example.org/x", valueString: "a", valueCode: "b" }];
    expect(found(planted("entry.0.resource.extension", extension))).toEqual(["medplum Bundle", "medplum Bundle.entry[0].resource"]);
    expect(found(planted("entry.0.resource.extension", [{ url: "https://example.org/x", valueString: "a" }]))).toEqual([]);
  });
});

describe("references", () => {
  test("a urn:uuid that no entry has", () => {
    expectOnly(planted("entry.2.resource.subject", { reference: "urn:uuid:6f1c2a3e-8b4d-4c5e-9f60-1a2b3c4d5e99" }), "reference", "Bundle.entry[2].resource.subject.reference");
  });
  test("ResourceType/id resolves to an entry with that id, and only then", () => {
    expect(found(planted("entry.2.resource.subject", { reference: "Patient/p1" }))).toEqual([]);
    expectOnly(planted("entry.2.resource.subject", { reference: "Patient/p2" }), "reference", "Bundle.entry[2].resource.subject.reference");
  });
  test("a target of a type the element does not allow (CarePlan.subject -> Goal)", () => {
    expectOnly(planted("entry.1.resource.subject", { reference: URN.goal }), "reference", "Bundle.entry[1].resource.subject.reference");
    // A Reference(Any) element takes every type; CareTeam.participant.member takes a Patient or a CareTeam.
    expect(found(planted("entry.4.resource.participant.0.member", { reference: URN.careTeam }))).toEqual([]);
  });
  test("a contained #id must match a contained resource", () => {
    expectOnly(planted("entry.1.resource.author", { reference: "#other" }), "reference", "Bundle.entry[1].resource.author.reference");
    expectOnly(planted("entry.1.resource.contained.0.id", "other"), "reference", "Bundle.entry[1].resource.author.reference");
  });
});

describe("codes", () => {
  test("a code outside a required binding on a code element", () => {
    expectOnly(planted("entry.1.resource.status", "bogus"), "binding", "Bundle.entry[1].resource.status");
    expect(found(planted("entry.1.resource.status", "completed"))).toEqual([]);
  });
  test("a required binding inside a data type reached through a choice (Timing.repeat.periodUnit)", () => {
    const path = "entry.1.resource.activity.0.detail.scheduledTiming.repeat.periodUnit";
    expectOnly(planted(path, "yr"), "binding", "Bundle.entry[1].resource.activity[0].detail.scheduledTiming.repeat.periodUnit");
    expect(found(planted(path, "mo"))).toEqual([]);
  });
  test("a CodeableConcept with a required binding needs one coding in the value set (a resource alone)", () => {
    const system = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    const condition = (coding: object[]) => ({ resourceType: "Condition", subject: { reference: "Patient/p1" }, clinicalStatus: { coding } });
    expect(found(condition([{ system: "https://example.org/other", code: "x" }, { system, code: "active" }]))).toEqual([]);
    expect(found(condition([{ system: "https://example.org/other", code: "active" }]))).toEqual(["binding Condition.clinicalStatus"]);
    expect(found(condition([{ system, code: "open" }]))).toEqual(["binding Condition.clinicalStatus", "code-system Condition.clinicalStatus.coding[0].code"]);
    // Alone, a reference is checked for its type only.
    expect(found({ ...condition([{ system, code: "active" }]), subject: { reference: "Goal/g1" } })).toContain("reference Condition.subject.reference");
  });
  test("a Coding of a FHIR or v3 code system must use one of its codes, whatever the binding", () => {
    const path = "entry.3.resource.provision.actor.0.role.coding.0.code";
    expectOnly(planted(path, "XXXX"), "code-system", "Bundle.entry[3].resource.provision.actor[0].role.coding[0].code");
    expect(found(planted(path, "PRCP"))).toEqual([]);
  });
  test("a Coding of the package's own code system must use one of its codes", () => {
    const path = "entry.4.resource.participant.0.role.0.coding.0.code";
    expectOnly(planted(path, "boss"), "code-system", "Bundle.entry[4].resource.participant[0].role[0].coding[0].code");
    expect(found(planted(path, "coordinator"))).toEqual([]);
    // Without the code system given, its codes are not known.
    expect(checkFhir(planted(path, "boss"))).toEqual([]);
  });
  test("codes of unknown external systems are not checked", () => {
    expect(found(planted("entry.3.resource.category.0.coding.0.code", "00000-0"))).toEqual([]);
  });
});

describe("FHIR JSON rules", () => {
  test.each([
    ["empty string", "entry.0.resource.birthDate", "", "Bundle.entry[0].resource.birthDate"],
    ["empty array", "entry.1.resource.goal", [], "Bundle.entry[1].resource.goal"],
    ["null", "entry.2.resource.description", null, "Bundle.entry[2].resource.description"],
    ["empty object", "entry.1.resource.activity.0.detail.scheduledTiming.repeat", {}, "Bundle.entry[1].resource.activity[0].detail.scheduledTiming.repeat"],
  ])("%s", (_name, path, value, reported) => {
    expect(found(planted(path, value))).toContain(`empty ${reported}`);
  });
  test("a dateTime with a time carries seconds and a time zone; a date alone needs neither", () => {
    const path = "entry.1.resource.created";
    expectOnly(planted(path, "2012-03-01T09:30:00"), "date-time", "Bundle.entry[1].resource.created");
    // medplum too rejects a time without seconds.
    expect(found(planted(path, "2012-03-01T09:30+01:00"))).toContain("date-time Bundle.entry[1].resource.created");
    expect(found(planted(path, "2012-03-01T09:30:00.5Z"))).toEqual([]);
    expect(found(planted(path, "2012-03"))).toEqual([]);
  });
  test.each([
    ["2012-03-15", "2012-03", true],
    ["2012-03", "2012-03", true],
    ["2012-03-31T23:00:00Z", "2012-03-31", true],
    ["2012-03-01T10:00:00+01:00", "2012-03-01T09:00:00Z", true],
    ["2012-03-01T10:00:00Z", "2012-03-01T09:59:59Z", false],
    ["2012-04", "2012-03-31", false],
    ["2013", "2012-12", false],
    ["2012-03-02", "2012-03-01", false],
  ])("per-1: start %s, end %s -> valid %s", (start, end, valid) => {
    const problems = found(planted("entry.1.resource.period", { start, end }));
    expect(problems).toEqual(valid ? [] : ["period Bundle.entry[1].resource.period"]);
  });
});

describe("fullUrls", () => {
  test("a urn:uuid fullUrl has the RFC 4122 form", () => {
    for (const bad of ["urn:uuid:6f1c2a3e-8b4d-4c5e-9f60", "urn:uuid:6F1C2A3E-8B4D-4C5E-9F60-1A2B3C4D5E01", "urn:uuid:6f1c2a3e8b4d4c5e9f601a2b3c4d5e01"]) {
      expect(found(planted("entry.0.fullUrl", bad))).toContain("full-url Bundle.entry[0].fullUrl");
    }
  });
  test("fullUrls are unique", () => {
    expect(found(planted("entry.2.fullUrl", URN.patient))).toContain("full-url Bundle.entry[2].fullUrl");
    expect(found(planted("entry.2.fullUrl", "https://example.org/fhir/Goal/g1"))).not.toContain("full-url Bundle.entry[2].fullUrl");
  });
});
