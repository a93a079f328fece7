import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeGoal, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/duplicate-id";
const twice = [makeGoal({ id: "g-1" }), makeGoal({ id: "g-1" })];

describe(CODE, () => {
  it("fires on the second use of an id among parts of one kind", () => {
    const findings = check(makePlan({ goals: twice }));
    expect(found(findings, CODE)).toEqual([[CODE, ["goals", 1, "id"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ id: "g-1" });
  });

  it("stays silent when ids are distinct within each kind", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on every status", () => {
    expect(found(check(makePlan({ status: "draft", goals: twice })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, goals: twice })), CODE)).toHaveLength(1);
  });
});
