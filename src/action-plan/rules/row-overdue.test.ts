import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { rowOverdueRule } from "./row-overdue.js";

const CODE = "action-plan/row-overdue";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(rowOverdueRule.codes)).toEqual([CODE]);
  });

  it("fires on an open one-off row the day after its deadline, at the row's deadline", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-12-01")).toEqual([[["rows", 0, "deadline"], { row: "1", due: "2012-11-30" }]]);
  });

  it("does not fire on the deadline itself", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-11-30")).toEqual([]);
  });

  it("does not fire on done or cancelled rows, nor on recurring ones", () => {
    const plan = makeActionPlan([
      makeRow({ id: "a", status: "done", doneOn: "2012-11-29" }),
      makeRow({ id: "b", status: "cancelled" }),
      makeRow({ id: "c", deadline: { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 } }),
    ]);
    expect(fired(plan, "2014-01-01")).toEqual([]);
  });
});
