import { describe, expect, it } from "vitest";
import { checkPathwayCase, pathwayWorkList } from "../index.js";
import { deepFreeze } from "../../test/fixtures/deep-freeze.js";
import { makePathwayCase, PATHWAY_TODAY, soundSteps, withStep } from "../../test/fixtures/pathway.js";

describe("pathwayWorkList", () => {
  it("lists each open case's findings as case id, index, reason, severity and step or role, in list order", () => {
    const late = makePathwayCase({ id: "f-late", steps: soundSteps().slice(0, 1) });
    const noMeeting = withStep("family-meeting", undefined, makePathwayCase({ id: "f-referred", responsible: [] }));
    const items = pathwayWorkList([late, makePathwayCase({ id: "f-sound" }), noMeeting], { today: "2025-04-01" });
    expect(items.filter((item) => item.caseId === "f-late")).toEqual([
      { caseId: "f-late", index: 0, reason: "pathway/step-overdue", severity: "warning", stepId: "municipal-assessment" },
    ]);
    expect(items.some((item) => item.caseId === "f-sound")).toBe(false);
    const referred = items.filter((item) => item.index === 2);
    expect(referred.map((item) => item.reason)).toEqual(checkPathwayCase(noMeeting, { today: "2025-04-01" }).map((f) => f.code));
    expect(referred).toContainEqual({ caseId: "f-referred", index: 2, reason: "pathway/referral-without-family-meeting", severity: "error", stepId: "referral-bup" });
    expect(referred).toContainEqual({ caseId: "f-referred", index: 2, reason: "pathway/role-unassigned", severity: "warning", role: "family" });
  });

  it("follows the day: the overdue step appears the day after its due day, not on it", () => {
    const justConcern = [makePathwayCase({ steps: soundSteps().slice(0, 1) })];
    expect(pathwayWorkList(justConcern, { today: "2025-03-31" })).toEqual([]);
    expect(pathwayWorkList(justConcern, { today: "2025-04-01" }).map((item) => item.reason)).toEqual(["pathway/step-overdue"]);
  });

  it("leaves out closed cases, keeps the caller's rules, and never carries a birth date or a name", () => {
    const closed = withStep("family-meeting", undefined, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }));
    expect(pathwayWorkList([closed], { today: PATHWAY_TODAY })).toEqual([]);
    const late = [makePathwayCase({ steps: soundSteps().slice(0, 1) })];
    expect(pathwayWorkList(late, { today: "2025-04-01", rules: { "pathway/step-overdue": "off" } })).toEqual([]);
    expect(pathwayWorkList(late, { today: "2025-04-01", rules: { "pathway/step-overdue": "error" } })[0]?.severity).toBe("error");
    const text = JSON.stringify(pathwayWorkList([withStep("coordinated-follow-up", { consent: undefined })], { today: PATHWAY_TODAY }));
    expect(text).toContain("pathway/step-without-consent");
    expect(text).not.toContain("2009-06-15");
  });

  it("does not change its input", () => {
    const cases = deepFreeze([makePathwayCase(), withStep("concern", undefined)]);
    expect(() => pathwayWorkList(cases, { today: PATHWAY_TODAY })).not.toThrow();
  });

  it("throws a TypeError naming the case that is not one, and on bad options", () => {
    expect(() => pathwayWorkList([makePathwayCase(), { kind: "pathway-case" } as never], { today: PATHWAY_TODAY })).toThrow(/pathwayWorkList: cases\[1\] is not a pathway case/);
    expect(() => pathwayWorkList("nope" as never, { today: PATHWAY_TODAY })).toThrow(TypeError);
    expect(() => pathwayWorkList([], {} as never)).toThrow(TypeError);
    expect(() => pathwayWorkList([], { today: PATHWAY_TODAY, inactiveDays: -1 })).toThrow(RangeError);
  });
});
