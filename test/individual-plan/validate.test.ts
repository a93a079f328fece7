import { describe, expect, it } from "vitest";
import { IndividualPlanSchema, validateIndividualPlan } from "../../src/index.js";
import { deepFreeze, makePlan, syntheticNationalId, TODAY } from "../fixtures/individual-plan.js";

/** A sound plan as JSON from an app: plain strings, no brands. */
const json = (): unknown => JSON.parse(JSON.stringify(makePlan()));

function withChange(change: (plan: Record<string, unknown>) => void): unknown {
  const plan = JSON.parse(JSON.stringify(makePlan())) as Record<string, unknown>;
  change(plan);
  return plan;
}

describe("validateIndividualPlan", () => {
  it("returns the plan with no findings for a sound plan", () => {
    const input = deepFreeze(json());
    const result = validateIndividualPlan(input, { today: TODAY });
    expect(result).toEqual({ ok: true, value: input, findings: [] });
  });

  it("accepts the bare bones of a plan under way and lets the checks say what is missing", () => {
    const result = validateIndividualPlan({ kind: "individual-plan", id: "ip-1", status: "draft", user: { birthDate: "2001-02-03" } }, { today: TODAY });
    expect(result).toEqual({ ok: true, value: { kind: "individual-plan", id: "ip-1", status: "draft", user: { birthDate: "2001-02-03" } }, findings: [] });
  });

  it("is ok with warnings and info only, and not ok with an error", () => {
    const warned = validateIndividualPlan(withChange((p) => delete p["nextRevision"]), { today: TODAY });
    expect(warned.ok).toBe(true);
    expect(warned.findings.map((f) => f.code)).toEqual(["plan/no-revision-date"]);
    const failed = validateIndividualPlan(withChange((p) => (p["goals"] = [])), { today: TODAY });
    expect(failed.ok).toBe(false);
  });

  it("turns schema problems into schema findings with paths", () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [withChange((p) => (p["kind"] = "action-plan")), "schema/invalid-value", ["kind"]],
      [withChange((p) => (p["status"] = "open")), "schema/invalid-value", ["status"]],
      [withChange((p) => (p["nextRevisjon"] = "2026-01-10")), "schema/unrecognized-keys", []],
      [withChange((p) => (p["period"] = { from: "2025-01-20", to: "2025-01-19" })), "schema/invalid-range", ["period", "to"]],
      [withChange((p) => ((p["user"] as Record<string, unknown>)["nationalId"] = "15859012343")), "schema/invalid-national-id", ["user", "nationalId"]],
      [withChange((p) => ((p["measures"] as Record<string, unknown>[])[0]!["deadline"] = { kind: "month", month: "2025-13" })), "schema/invalid-format", ["measures", 0, "deadline", "month"]],
      [withChange((p) => ((p["consents"] as Record<string, unknown>[])[0]!["withdrawnOn"] = "2025-01-14")), "schema/invalid-range", ["consents", 0, "withdrawnOn"]],
      [withChange((p) => ((p["coordinatorAssignments"] as Record<string, unknown>[])[0]!["to"] = "2024-01-01")), "schema/invalid-range", ["coordinatorAssignments", 0, "to"]],
      [withChange((p) => ((p["participants"] as Record<string, unknown>[])[3]!["organizationNumber"] = "123456784")), "schema/invalid-organization-number", ["participants", 3, "organizationNumber"]],
    ];
    for (const [input, code, path] of cases) {
      const result = validateIndividualPlan(input, { today: TODAY, locale: "en" });
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => [f.code, f.path])).toContainEqual([code, path]);
    }
  });

  it("never throws on input of the wrong shape", () => {
    for (const input of [null, undefined, 42, "plan", [], {}, { kind: "individual-plan" }]) {
      expect(validateIndividualPlan(input, { today: TODAY }).ok).toBe(false);
    }
  });

  it("trims a national id with spaces around it", () => {
    const id = syntheticNationalId("1990-05-15");
    const result = validateIndividualPlan(withChange((p) => ((p["user"] as Record<string, unknown>)["nationalId"] = ` ${id} `)), { today: TODAY });
    expect(result.ok && result.value.user.nationalId).toBe(id);
  });

  it("throws a RangeError only for broken options", () => {
    expect(() => validateIndividualPlan({}, { today: "2025-02-29" })).toThrow(RangeError);
    expect(() => validateIndividualPlan({}, { today: TODAY, dueSoonDays: -3 })).toThrow(RangeError);
  });
});

describe("IndividualPlanSchema", () => {
  it("keeps national ids branded in the parsed plan", () => {
    const parsed = IndividualPlanSchema.parse(json());
    expect(parsed.user.nationalId).toBe(syntheticNationalId("1990-05-15"));
  });
});
