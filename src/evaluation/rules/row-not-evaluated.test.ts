import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { rowNotEvaluatedRule } from "./row-not-evaluated.js";

const CODE = "evaluation/row-not-evaluated";
const plan = deepFreeze(makeEvaluatedPlan()); // period 2012 to 2013: its last day is 2013-12-31
const onlyRowOne = deepFreeze(makeEvaluation([makeEvaluationRow()]));

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(rowNotEvaluatedRule.codes)).toEqual([CODE]);
  });

  it("fires on each row not evaluated the day after the period ends", () => {
    expect(fired(CODE, onlyRowOne, plan, "2014-01-01")).toEqual([[["rows"], { row: "2", periodEnd: "2013-12-31" }]]);
  });

  it("does not fire on the period's last day", () => {
    expect(fired(CODE, onlyRowOne, plan, "2013-12-31")).toEqual([]);
  });

  it("does not fire when every row is evaluated", () => {
    expect(fired(CODE, makeEvaluation(), plan, "2014-01-01")).toEqual([]);
  });

  it("does not fire on a plan without a period", () => {
    const { period: _period, ...undated } = makeEvaluatedPlan();
    expect(fired(CODE, onlyRowOne, undated, "2020-01-01")).toEqual([]);
  });
});
