import { describe, expect, it } from "vitest";
import { validateCoordinationCase } from "../../src/index.js";
import { deepFreeze, makeCase, makeNewCase, TODAY } from "../fixtures/coordination-case.js";

const codesAndPaths = (input: unknown) => validateCoordinationCase(input, { today: TODAY }).findings.map((f) => [f.code, f.path]);

describe("validateCoordinationCase", () => {
  it("returns a sound case as its value", () => {
    const c = makeCase();
    expect(validateCoordinationCase(c, { today: TODAY })).toEqual({ ok: true, value: c, findings: [] });
  });

  it("is ok with warnings only, and not ok with an error", () => {
    const warned = validateCoordinationCase(makeNewCase(), { today: TODAY });
    expect(warned.ok).toBe(true);
    expect(warned.findings.map((f) => f.code)).toEqual(["case/notice-not-followed-up"]);
    const wrong = validateCoordinationCase(makeCase({ status: "closed", closedOn: "2025-11-01" }), { today: TODAY });
    expect(wrong.ok).toBe(false);
  });

  it("turns schema problems into findings with paths", () => {
    expect(codesAndPaths({ ...makeCase(), kind: "individual-plan" })).toEqual([["schema/invalid-value", ["kind"]]]);
    expect(codesAndPaths({ ...makeCase(), notice: { receivedOn: "2025-02-30", fromService: "gp", aboutUserId: "u-1" } })).toEqual([
      ["schema/invalid-format", ["notice", "receivedOn"]],
    ]);
    expect(codesAndPaths({ ...makeCase(), user: { id: "u-1", name: "Kari" } })).toEqual([["schema/unrecognized-keys", ["user"]]]);
    expect(codesAndPaths({ ...makeCase(), notice: { receivedOn: "2025-09-01", fromService: "police", aboutUserId: "u-1" } })).toEqual([
      ["schema/invalid-value", ["notice", "fromService"]],
    ]);
  });

  it("rejects steps dated before the notice, but not consent", () => {
    const early = makeCase({
      consent: { status: "given", givenOn: "2025-08-01", givenBy: "user" },
      offer: { offeredOn: "2025-08-20", plan: "accepted", coordinator: "accepted" },
      appointments: [{ id: "a-1", kind: "coordinator", coordinatorId: "k-1", appointedOn: "2025-08-25", trainedOn: "2024-01-01" }],
      activities: [{ date: "2025-08-31", kind: "contact" }],
      individualPlan: { id: "ip-1", madeOn: "2025-08-31" },
    });
    expect(codesAndPaths(early)).toEqual([
      ["schema/invalid-range", ["activities", 0, "date"]],
      ["schema/invalid-range", ["appointments", 0, "appointedOn"]],
      ["schema/invalid-range", ["individualPlan", "madeOn"]],
      ["schema/invalid-range", ["offer", "offeredOn"]],
    ]);
  });

  it("rejects an answer before the offer, an end before the appointment and a withdrawal before the consent", () => {
    const c = makeCase({
      consent: { status: "given", givenOn: "2025-09-05", givenBy: "user", withdrawnOn: "2025-09-04" },
      offer: { offeredOn: "2025-09-05", plan: "accepted", coordinator: "accepted", answeredOn: "2025-09-04" },
      appointments: [{ id: "a-1", kind: "coordinator", coordinatorId: "k-1", appointedOn: "2025-09-15", endedOn: "2025-09-14" }],
    });
    expect(codesAndPaths(c)).toEqual([
      ["schema/invalid-range", ["appointments", 0, "endedOn"]],
      ["schema/invalid-range", ["consent", "withdrawnOn"]],
      ["schema/invalid-range", ["offer", "answeredOn"]],
    ]);
  });

  it("rejects a national id that is not one, and never repeats it", () => {
    const result = validateCoordinationCase({ ...makeCase(), user: { id: "u-1", nationalId: "15819012345" } }, { today: TODAY, locale: "en" });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([["schema/invalid-national-id", ["user", "nationalId"]]]);
    expect(JSON.stringify(result.findings)).not.toContain("15819012345");
  });

  it("never throws on input of the wrong shape", () => {
    for (const input of [null, undefined, 0, "case", [], {}, { kind: "coordination-case" }, { ...makeCase(), appointments: {} }]) {
      expect(validateCoordinationCase(input, { today: TODAY }).ok).toBe(false);
    }
  });

  it("checks its options before the input", () => {
    expect(() => validateCoordinationCase(42, { today: TODAY, followUpDays: -1 })).toThrow(/followUpDays/);
    expect(() => validateCoordinationCase(42, { today: TODAY, inactiveDays: 0.5 })).toThrow(/inactiveDays/);
    expect(() => validateCoordinationCase(42, { today: "01.10.2025" })).toThrow(RangeError);
    // @ts-expect-error a locale the library does not speak
    expect(() => validateCoordinationCase(42, { today: TODAY, locale: "sv" })).toThrow(/locale/);
    // @ts-expect-error options are required
    expect(() => validateCoordinationCase(42)).toThrow(TypeError);
  });

  it("never changes its input", () => {
    const input = deepFreeze(JSON.parse(JSON.stringify(makeCase({ consent: { status: "pending" } }))));
    const before = JSON.stringify(input);
    validateCoordinationCase(input, { today: TODAY });
    expect(JSON.stringify(input)).toBe(before);
  });
});
