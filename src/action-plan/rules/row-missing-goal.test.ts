import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { rowMissingGoalRule } from "./row-missing-goal.js";

const CODE = "action-plan/row-missing-goal";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(rowMissingGoalRule.codes)).toEqual([CODE]);
  });

  it("fires on a row with no goal or a blank one, at the row's goal", () => {
    const plan = makeActionPlan([makeRow({ id: "a", goal: undefined }), makeRow({ id: "b", goal: "  " })]);
    expect(fired(plan, "2012-10-01")).toEqual([
      [["rows", 0, "goal"], { row: "a" }],
      [["rows", 1, "goal"], { row: "b" }],
    ]);
  });

  it("does not fire on a row that has a goal", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-10-01")).toEqual([]);
  });

  it("does not fire on a cancelled row, and does on a done one", () => {
    const plan = makeActionPlan([
      makeRow({ id: "a", status: "cancelled", goal: undefined }),
      makeRow({ id: "b", status: "done", doneOn: "2012-09-01", goal: undefined }),
    ]);
    expect(fired(plan, "2012-10-01")).toEqual([[["rows", 1, "goal"], { row: "b" }]]);
  });
});
