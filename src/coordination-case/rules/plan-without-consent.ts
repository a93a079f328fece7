import { ipItemBasis } from "../../core/findings/basis.js";
import { consentHoldsOn } from "../_case.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/plan-without-consent` (pbrl § 2-5: a plan is made only with the user's consent): an open
 * case links a plan made on a day consent did not hold.
 */
export const planWithoutConsentRule = caseRule({
  codes: {
    "case/plan-without-consent": {
      severity: "warning",
      description: "An open case links an individual plan made on a day no consent held.",
      basis: ipItemBasis("h"),
      messages: {
        nb: "Planen {planId} ble opprettet {madeOn} uten at samtykke forelå",
        nn: "Planen {planId} vart oppretta {madeOn} utan at samtykke låg føre",
        en: "Plan {planId} was made on {madeOn} when no consent held",
      },
    },
  },
  statuses: OPEN,
  run: (c) => {
    const plan = c.individualPlan;
    if (plan === undefined || consentHoldsOn(c, plan.madeOn)) return [];
    return [{ code: "case/plan-without-consent", path: ["individualPlan", "madeOn"], params: { planId: plan.id, madeOn: plan.madeOn } }];
  },
});
