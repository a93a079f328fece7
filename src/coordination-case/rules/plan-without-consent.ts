import { consentHoldsOn } from "../_case.js";
import type { CaseRule } from "./context.js";

/**
 * `case/plan-without-consent` (pbrl § 2-5: a plan is made only with the user's consent): an open
 * case links a plan made on a day consent did not hold.
 */
export const planWithoutConsent: CaseRule = (c) => {
  const plan = c.individualPlan;
  if (c.status !== "open" || plan === undefined || consentHoldsOn(c, plan.madeOn)) return [];
  return [{ code: "case/plan-without-consent", path: ["individualPlan", "madeOn"], params: { planId: plan.id, madeOn: plan.madeOn } }];
};
