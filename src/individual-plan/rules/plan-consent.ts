import type { RawFinding } from "../../_lib/findings.js";
import type { PlanRule } from "../_context.js";
import { consentState, hasPurpose } from "../consent/_state.js";
import type { PlanConsent } from "../consent/schema.js";

/**
 * `plan/missing-consent`, `plan/consent-withdrawn`, `plan/consent-expired` (pbrl § 2-5): an active
 * plan needs a consent to the plan that holds today. When none does, the most recent consent that
 * has ended says why; with no such consent the plan is missing one.
 */
export const planConsentRule: PlanRule = (plan, { today }) => {
  if (plan.status !== "active") return [];
  let latest: { readonly consent: PlanConsent; readonly index: number } | undefined;
  const consents = plan.consents ?? [];
  for (const [index, consent] of consents.entries()) {
    if (!hasPurpose(consent, "plan")) continue;
    const state = consentState(consent, today);
    if (state === "holds") return [];
    if (state !== "not-yet-given" && (latest === undefined || consent.givenOn >= latest.consent.givenOn)) {
      latest = { consent, index };
    }
  }
  if (latest === undefined) return [{ code: "plan/missing-consent", path: ["consents"] }];
  const { consent, index } = latest;
  const ended: RawFinding =
    consentState(consent, today) === "withdrawn"
      ? {
          code: "plan/consent-withdrawn",
          path: ["consents", index, "withdrawnOn"],
          params: { consentId: consent.id, withdrawnOn: consent.withdrawnOn ?? "" },
        }
      : {
          code: "plan/consent-expired",
          path: ["consents", index, "validUntil"],
          params: { consentId: consent.id, validUntil: consent.validUntil ?? "" },
        };
  return [ended];
};
