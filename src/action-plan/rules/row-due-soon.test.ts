import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { rowDueSoonRule } from "./row-due-soon.js";

const CODE = "action-plan/row-due-soon";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string, dueSoonDays?: number): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today, ...(dueSoonDays === undefined ? {} : { dueSoonDays }) })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(rowDueSoonRule.codes)).toEqual([CODE]);
  });

  it("fires on an open row due within the window, at the row's deadline, counting the days", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-11-20", 10)).toEqual([[["rows", 0, "deadline"], { row: "1", due: "2012-11-30", days: 10 }]]);
    expect(fired(makeActionPlan([makeRow()]), "2012-11-30", 0)).toEqual([[["rows", 0, "deadline"], { row: "1", due: "2012-11-30", days: 0 }]]);
  });

  it("does not fire one day before the window reaches the deadline, nor once it has passed", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-11-19", 10)).toEqual([]);
    expect(fired(makeActionPlan([makeRow()]), "2012-12-01", 10)).toEqual([]);
  });

  it("fires on a recurring row by its next due day", () => {
    const plan = makeActionPlan([makeRow({ deadline: { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 } })]);
    expect(fired(plan, "2013-04-21", 10)).toEqual([[["rows", 0, "deadline"], { row: "1", due: "2013-05-01", days: 10 }]]);
    expect(fired(plan, "2013-04-20", 10)).toEqual([]);
  });

  it("does not fire on a done row", () => {
    expect(fired(makeActionPlan([makeRow({ status: "done", doneOn: "2012-11-01" })]), "2012-11-25", 10)).toEqual([]);
  });
});
