import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { unknownRowRule } from "./unknown-row.js";

const CODE = "evaluation/unknown-row";

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(unknownRowRule.codes)).toEqual([CODE]);
  });

  it("fires on a row id the plan does not have, at its rowId", () => {
    const evaluation = deepFreeze(makeEvaluation([makeEvaluationRow(), makeEvaluationRow({ rowId: "9" })]));
    expect(fired(CODE, evaluation, makeEvaluatedPlan())).toEqual([[["rows", 1, "rowId"], { row: "9" }]]);
  });

  it("does not fire on the plan's own rows", () => {
    expect(fired(CODE, makeEvaluation(), makeEvaluatedPlan())).toEqual([]);
  });
});
