import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { reachedNotDoneRule } from "./reached-not-done.js";

const CODE = "evaluation/reached-not-done";
const plan = deepFreeze(makeEvaluatedPlan()); // row 1 done, row 2 in progress

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(reachedNotDoneRule.codes)).toEqual([CODE]);
  });

  it("fires on a reached row whose status is not done, at its result", () => {
    const evaluation = deepFreeze(makeEvaluation([makeEvaluationRow(), makeEvaluationRow({ rowId: "2" })]));
    expect(fired(CODE, evaluation, plan)).toEqual([[["rows", 1, "result"], { row: "2", status: "in-progress" }]]);
  });

  it("does not fire on a reached row that is done, nor on an open row not evaluated as reached", () => {
    expect(fired(CODE, makeEvaluation(), plan)).toEqual([]);
  });
});
