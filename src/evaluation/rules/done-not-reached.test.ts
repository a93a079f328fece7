import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { doneNotReachedRule } from "./done-not-reached.js";
import { fired } from "./_fired.js";

const CODE = "evaluation/done-not-reached";
const plan = deepFreeze(makeEvaluatedPlan()); // row 1 done, row 2 in progress

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(doneNotReachedRule.codes)).toEqual([CODE]);
  });

  it.each(["partly", "not-reached", "dropped"] as const)("fires on a done row evaluated as %s", (result) => {
    const evaluation = deepFreeze(makeEvaluation([makeEvaluationRow({ result })]));
    expect(fired(CODE, evaluation, plan)).toEqual([[["rows", 0, "result"], { row: "1", result }]]);
  });

  it("does not fire on a done row reached, nor on an open row partly reached", () => {
    expect(fired(CODE, makeEvaluation(), plan)).toEqual([]);
  });

  it("is info", () => {
    const evaluation = makeEvaluation([makeEvaluationRow({ result: "partly" })]);
    expect(fired(CODE, evaluation, plan)).toHaveLength(1);
    expect(doneNotReachedRule.codes[CODE].severity).toBe("info");
  });
});
