import type { RawFinding } from "../../_lib/findings.js";
import type { PlanRule } from "../_context.js";
import { isUnderAge } from "../_user.js";
import { consentState } from "../consent/_state.js";

/**
 * `plan/parent-consent-over-16` (pbrl § 4-3): a consent that holds today was given by a parent when
 * the user was already 16; from then on the user consents themselves (a guardian or representative
 * may still consent for a user who lacks capacity). Runs on draft and active plans.
 */
export const parentConsentOver16Rule: PlanRule = (plan, { today, index }) => {
  if (plan.status === "closed") return [];
  const findings: RawFinding[] = [];
  for (const [i, consent] of (plan.consents ?? []).entries()) {
    if (consent.givenBy !== "parent" || consentState(consent, today) !== "holds") continue;
    if (isUnderAge(index.birthDate, 16, consent.givenOn) !== false) continue;
    findings.push({ code: "plan/parent-consent-over-16", path: ["consents", i, "givenBy"], params: { consentId: consent.id } });
  }
  return findings;
};
