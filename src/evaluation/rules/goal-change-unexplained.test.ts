import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { goalChangeUnexplainedRule } from "./goal-change-unexplained.js";

const CODE = "evaluation/goal-change-unexplained";
const plan = deepFreeze(makeEvaluatedPlan());

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(goalChangeUnexplainedRule.codes)).toEqual([CODE]);
  });

  it("fires on a changed goal with no reason or a blank one", () => {
    const rows = [makeEvaluationRow({ goalChanged: true }), makeEvaluationRow({ rowId: "2", goalChanged: true, goalChangeReason: "  " })];
    expect(fired(CODE, deepFreeze(makeEvaluation(rows)), plan)).toEqual([
      [["rows", 0, "goalChangeReason"], { row: "1" }],
      [["rows", 1, "goalChangeReason"], { row: "2" }],
    ]);
  });

  it("does not fire on a changed goal with a reason, nor on a goal not changed", () => {
    const rows = [
      makeEvaluationRow({ goalChanged: true, goalChangeReason: "Tildelingskontoret vart utsett" }),
      makeEvaluationRow({ rowId: "2", goalChanged: false }),
    ];
    expect(fired(CODE, makeEvaluation(rows), plan)).toEqual([]);
  });
});
