import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeGoal, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/unknown-reference";
const goals = [makeGoal({ id: "g-1", expressedById: "p-nobody" }), makeGoal({ id: "g-2" })];
const measures = [makeMeasure({ id: "m-1", goalIds: ["g-1", "g-9"] })];

describe(CODE, () => {
  it("fires on an id that names no participant or goal, at the id", () => {
    expect(found(check(makePlan({ goals, measures })), CODE)).toEqual([
      [CODE, ["goals", 0, "expressedById"]],
      [CODE, ["measures", 0, "goalIds", 1]],
    ]);
  });

  it("stays silent when every id names a part of the plan", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on every status", () => {
    expect(found(check(makePlan({ status: "draft", goals, measures })), CODE)).toHaveLength(2);
    expect(found(check(makePlan({ ...CLOSED, goals, measures })), CODE)).toHaveLength(2);
  });
});
