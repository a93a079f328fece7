import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeGoal, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/goal-without-measure";
const goals = [makeGoal({ id: "g-1" }), makeGoal({ id: "g-2" }), makeGoal({ id: "g-3" })];

describe(CODE, () => {
  it("fires on an active goal no measure serves, or only a cancelled one", () => {
    expect(found(check(makePlan({ goals })), CODE)).toEqual([[CODE, ["goals", 2]]]);
    const cancelled = [...(makePlan().measures ?? []), makeMeasure({ id: "m-4", goalIds: ["g-3"], status: "cancelled" })];
    expect(found(check(makePlan({ goals, measures: cancelled })), CODE)).toHaveLength(1);
  });

  it("stays silent when a measure serves it, or the goal is no longer active", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
    expect(found(check(makePlan({ goals: [...goals.slice(0, 2), makeGoal({ id: "g-3", status: "achieved" })] })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", goals })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, goals })), CODE)).toEqual([]);
  });
});
