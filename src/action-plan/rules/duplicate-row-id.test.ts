import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan, makeRow } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { duplicateRowIdRule } from "./duplicate-row-id.js";

const CODE = "action-plan/duplicate-row-id";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(duplicateRowIdRule.codes)).toEqual([CODE]);
  });

  it("fires at each later use of a row id, not at the first", () => {
    const plan = makeActionPlan([makeRow(), makeRow({ id: "2" }), makeRow(), makeRow()]);
    expect(fired(plan, "2012-10-01")).toEqual([
      [["rows", 2, "id"], { row: "1" }],
      [["rows", 3, "id"], { row: "1" }],
    ]);
  });

  it("does not fire when every row id is its own", () => {
    expect(fired(makeActionPlan([makeRow(), makeRow({ id: "2" })]), "2012-10-01")).toEqual([]);
  });
});
