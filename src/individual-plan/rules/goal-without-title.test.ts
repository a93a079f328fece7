import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeGoal, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/goal-without-title";
const untitled = [makeGoal({ id: "g-1", title: undefined }), makeGoal({ id: "g-2" })];

describe(CODE, () => {
  it("fires on a goal without wording", () => {
    const findings = check(makePlan({ goals: untitled }));
    expect(found(findings, CODE)).toEqual([[CODE, ["goals", 0, "title"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ goalId: "g-1" });
  });

  it("stays silent when every goal has wording", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", goals: untitled })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, goals: untitled })), CODE)).toEqual([]);
  });
});
