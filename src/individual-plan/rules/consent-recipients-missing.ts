import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { consentState, hasPurpose } from "../consent/_state.js";

/**
 * `plan/consent-recipients-missing` (item h): a consent to share information that has not ended
 * names no one (`sharesWith` missing or empty), so it covers no participant. Draft and active plans.
 */
export const consentRecipientsMissingRule: PlanRule = (plan, { today }) => {
  if (plan.status === "closed") return [];
  const findings: RawFinding[] = [];
  for (const [i, consent] of (plan.consents ?? []).entries()) {
    if (!hasPurpose(consent, "information-sharing")) continue;
    const state = consentState(consent, today);
    if (state === "withdrawn" || state === "expired") continue;
    if (consent.sharesWith === "all" || (consent.sharesWith !== undefined && consent.sharesWith.length > 0)) continue;
    findings.push({ code: "plan/consent-recipients-missing", path: ["consents", i, "sharesWith"], params: { consentId: consent.id } });
  }
  return findings;
};
