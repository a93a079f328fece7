import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { rowMissingDeadlineRule } from "./row-missing-deadline.js";

const CODE = "action-plan/row-missing-deadline";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(rowMissingDeadlineRule.codes)).toEqual([CODE]);
  });

  it("fires on an open row with no structured deadline, at the row's deadline", () => {
    expect(fired(makeActionPlan([makeRow({ deadline: undefined, deadlineText: "Snarast" })]), "2012-10-01")).toEqual([
      [["rows", 0, "deadline"], { row: "1" }],
    ]);
  });

  it("does not fire on a row with a deadline", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-10-01")).toEqual([]);
  });

  it("does not fire on done or cancelled rows", () => {
    const plan = makeActionPlan([
      makeRow({ id: "a", status: "done", doneOn: "2012-09-01", deadline: undefined }),
      makeRow({ id: "b", status: "cancelled", deadline: undefined }),
    ]);
    expect(fired(plan, "2012-10-01")).toEqual([]);
  });
});
