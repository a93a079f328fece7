import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { planMismatchRule } from "./plan-mismatch.js";

const CODE = "evaluation/plan-mismatch";

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(planMismatchRule.codes)).toEqual([CODE]);
  });

  it("fires when the evaluation names another plan", () => {
    const evaluation = deepFreeze(makeEvaluation(undefined, { actionPlanId: "plan-2" }));
    expect(fired(CODE, evaluation, makeEvaluatedPlan())).toEqual([[["actionPlanId"], { actionPlanId: "plan-2", planId: "plan-1" }]]);
  });

  it("does not fire on the plan it names", () => {
    expect(fired(CODE, makeEvaluation(), makeEvaluatedPlan())).toEqual([]);
  });
});
