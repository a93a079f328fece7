import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { doneWithoutDateRule } from "./done-without-date.js";

const CODE = "action-plan/done-without-date";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(doneWithoutDateRule.codes)).toEqual([CODE]);
  });

  it("fires on a done row with no doneOn, at the row's doneOn", () => {
    expect(fired(makeActionPlan([makeRow({ status: "done" })]), "2013-01-01")).toEqual([[["rows", 0, "doneOn"], { row: "1" }]]);
  });

  it("does not fire on a done row with a date, nor on an open row without one", () => {
    expect(fired(makeActionPlan([makeRow({ status: "done", doneOn: "2012-11-20" })]), "2013-01-01")).toEqual([]);
    expect(fired(makeActionPlan([makeRow()]), "2013-01-01")).toEqual([]);
  });
});
