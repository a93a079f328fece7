import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { noWorkingGroupRule } from "./no-working-group.js";

const CODE = "action-plan/no-working-group";

/** The paths at which the code fires on `today`. */
const firedAt = (plan: ActionPlan, today: string): Finding["path"][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => finding.path);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(noWorkingGroupRule.codes)).toEqual([CODE]);
  });

  it("fires on an explicit no, at hasWorkingGroup", () => {
    expect(firedAt(makeActionPlan([], { hasWorkingGroup: false }), "2012-10-01")).toEqual([["hasWorkingGroup"]]);
  });

  it("does not fire on a yes, nor when the question is left out", () => {
    expect(firedAt(makeActionPlan([], { hasWorkingGroup: true }), "2012-10-01")).toEqual([]);
    const { hasWorkingGroup: _h, ...unanswered } = makeActionPlan([]);
    expect(firedAt(unanswered, "2012-10-01")).toEqual([]);
  });
});
