import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan, ActionPlanRow } from "../schema.js";
import { recurringMissedRule } from "./recurring-missed.js";

const CODE = "action-plan/recurring-missed";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(recurringMissedRule.codes)).toEqual([CODE]);
  });

  const yearly = (overrides: Partial<ActionPlanRow> = {}): ActionPlan =>
    makeActionPlan([makeRow({ id: "6", deadline: { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 }, status: "planned", ...overrides })]);

  it("fires the day after a period ended with nothing carried out, at the row's carriedOut", () => {
    expect(fired(yearly(), "2013-05-02")).toEqual([[["rows", 0, "carriedOut"], { row: "6", count: 1, due: "2013-05-01" }]]);
  });

  it("does not fire on the period's last day, nor when a day of carriedOut falls in the period", () => {
    expect(fired(yearly(), "2013-05-01")).toEqual([]);
    expect(fired(yearly({ carriedOut: ["2013-04-30"] }), "2013-06-01")).toEqual([]);
  });

  it("does not fire on done or cancelled rows", () => {
    expect(fired(yearly({ status: "done", doneOn: "2013-01-10" }), "2014-06-01")).toEqual([]);
    expect(fired(yearly({ status: "cancelled" }), "2014-06-01")).toEqual([]);
  });
});
