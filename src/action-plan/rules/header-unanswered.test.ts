import { describe, expect, it } from "vitest";
import { deepFreeze, makeActionPlan } from "../../../test/fixtures/action-plan.js";
import type { Finding } from "../../core/findings/types.js";
import { checkActionPlan } from "../check.js";
import type { ActionPlan } from "../schema.js";
import { headerUnansweredRule } from "./header-unanswered.js";

const CODE = "action-plan/header-unanswered";

/** The path and params of each finding of the code on `today`. */
const fired = (plan: ActionPlan, today: string): [Finding["path"], Finding["params"]][] =>
  checkActionPlan(deepFreeze(plan), { today })
    .filter((finding) => finding.code === CODE)
    .map((finding) => [finding.path, finding.params]);

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(headerUnansweredRule.codes)).toEqual([CODE]);
  });

  it("fires on each header question left out, and on carriedBy with no service, at the question", () => {
    const { hasWorkingGroup: _h, anchoredInServicePlans: _a, signed: _s, ...plan } = makeActionPlan([], { carriedBy: [] });
    expect(fired(plan, "2012-10-01")).toEqual([
      [["anchoredInServicePlans"], { question: "anchoredInServicePlans" }],
      [["carriedBy"], { question: "carriedBy" }],
      [["hasWorkingGroup"], { question: "hasWorkingGroup" }],
      [["signed"], { question: "signed" }],
    ]);
  });

  it("does not fire when every question is answered, a no included", () => {
    expect(fired(makeActionPlan([], { hasWorkingGroup: false, anchoredInServicePlans: false }), "2012-10-01")).toEqual([]);
  });
});
