import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { rowMissingResponsibleRule } from "./row-missing-responsible.js";

const CODE = "action-plan/row-missing-responsible";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(rowMissingResponsibleRule.codes)).toEqual([CODE]);
  });

  it("fires on a row with no responsible or a blank one, at the row's responsible", () => {
    const plan = makeActionPlan([makeRow({ id: "a", responsible: undefined }), makeRow({ id: "b", responsible: "  " })]);
    expect(fired(plan, "2012-10-01")).toEqual([
      [["rows", 0, "responsible"], { row: "a" }],
      [["rows", 1, "responsible"], { row: "b" }],
    ]);
  });

  it("does not fire on a row that has a responsible", () => {
    expect(fired(makeActionPlan([makeRow()]), "2012-10-01")).toEqual([]);
  });

  it("does not fire on a cancelled row, and does on a done one", () => {
    const plan = makeActionPlan([
      makeRow({ id: "a", status: "cancelled", responsible: undefined }),
      makeRow({ id: "b", status: "done", doneOn: "2012-09-01", responsible: undefined }),
    ]);
    expect(fired(plan, "2012-10-01")).toEqual([[["rows", 1, "responsible"], { row: "b" }]]);
  });
});
