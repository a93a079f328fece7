import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { doneInFutureRule } from "./done-in-future.js";

const CODE = "action-plan/done-in-future";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(doneInFutureRule.codes)).toEqual([CODE]);
  });

  const plan = makeActionPlan([
    makeRow({ status: "done", doneOn: "2012-11-20" }),
    makeRow({ id: "2", deadline: { kind: "recurrence", frequency: "times-per-year", times: 2 }, carriedOut: ["2012-11-01", "2012-11-20"] }),
  ]);

  it("fires on a doneOn or carriedOut day after today, at that day", () => {
    expect(fired(plan, "2012-11-19")).toEqual([
      [["rows", 0, "doneOn"], { row: "1", date: "2012-11-20" }],
      [["rows", 1, "carriedOut", 1], { row: "2", date: "2012-11-20" }],
    ]);
  });

  it("does not fire on today itself", () => {
    expect(fired(plan, "2012-11-20")).toEqual([]);
  });
});
