import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { unentitledConsents } from "../consent/_state.js";

/**
 * `plan/parent-consent-ended-at-16` (pbrl §§ 4-3 to 4-5, item h): a consent that holds by its dates,
 * and that the plan or its sharing rests on, was given by a parent before the user turned 16, and
 * the user is 16 today. A parent's consent stops counting on the 16th birthday (unless a lack of
 * capacity is recorded): from that day the young person consents themselves, and `consentCovers`
 * and `sharePlanWith` no longer rest on it. Runs on draft and active plans.
 */
export const parentConsentEndedAt16Rule: PlanRule = (plan, { today, index: { subject } }) => {
  if (plan.status === "closed") return [];
  return unentitledConsents(plan.consents ?? [], subject, today)
    .filter((u) => u.kind === "ended-at-16")
    .map((u): RawFinding => ({ code: "plan/parent-consent-ended-at-16", path: ["consents", u.index, "givenBy"], params: { consentId: u.consent.id } }));
};
