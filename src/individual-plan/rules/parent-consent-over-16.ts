import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { unentitledConsents } from "../consent/_state.js";

/**
 * `plan/parent-consent-over-16` (pbrl §§ 4-3 to 4-5): a consent that holds today, and that the plan
 * or its sharing rests on, was given by a parent when the user was already 16 (with no lack of
 * capacity recorded that lets a parent consent); from 16 the user consents themselves. It does not
 * count, here or in `consentCovers`. Runs on draft and active plans.
 */
export const parentConsentOver16Rule: PlanRule = (plan, { today, index: { subject } }) => {
  if (plan.status === "closed") return [];
  return unentitledConsents(plan.consents ?? [], subject, today)
    .filter((u) => u.kind === "over-16")
    .map((u): RawFinding => ({ code: "plan/parent-consent-over-16", path: ["consents", u.index, "givenBy"], params: { consentId: u.consent.id } }));
};
