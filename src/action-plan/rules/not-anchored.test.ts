import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { notAnchoredRule } from "./not-anchored.js";

const CODE = "action-plan/not-anchored";

/** The paths at which the code fires on `today`. */
const firedAt = (plan: ActionPlan, today: string): Finding["path"][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => finding.path);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(notAnchoredRule.codes)).toEqual([CODE]);
  });

  it("fires on an explicit no, at anchoredInServicePlans", () => {
    expect(firedAt(makeActionPlan([], { anchoredInServicePlans: false }), "2012-10-01")).toEqual([["anchoredInServicePlans"]]);
  });

  it("does not fire on a yes, nor when the question is left out", () => {
    expect(firedAt(makeActionPlan([], { anchoredInServicePlans: true }), "2012-10-01")).toEqual([]);
    const { anchoredInServicePlans: _a, ...unanswered } = makeActionPlan([]);
    expect(firedAt(unanswered, "2012-10-01")).toEqual([]);
  });
});
