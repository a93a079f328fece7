import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { consentState, hasPurpose } from "../consent/_state.js";
import { consentStanding } from "../consent/authority.js";
import type { PlanConsent } from "../consent/schema.js";

/**
 * `plan/missing-consent`, `plan/consent-withdrawn`, `plan/consent-expired` (IP regulation item h): an active
 * plan needs a consent to the plan that holds today, given by someone who may consent for the user
 * then and today (the same answer `consentCovers` uses). When one holds but its giver may not
 * consent, the rule of who consented reports it (`plan/consent-by-minor`,
 * `plan/parent-consent-over-16`, `plan/parent-consent-ended-at-16`,
 * `plan/consent-giver-not-entitled`) and this rule says nothing more. Else the most recent consent
 * that has ended says why; with no such consent the plan is missing one.
 */
export const planConsentRule: PlanRule = (plan, { today, index: { subject } }) => {
  if (plan.status !== "active") return [];
  let latest: { readonly consent: PlanConsent; readonly index: number } | undefined;
  let unentitled = false;
  const consents = plan.consents ?? [];
  for (const [index, consent] of consents.entries()) {
    if (!hasPurpose(consent, "plan")) continue;
    const state = consentState(consent, today);
    if (state === "holds") {
      if (consentStanding(consent, subject, today).entitled) return [];
      unentitled = true;
      continue;
    }
    if (state !== "not-yet-given" && (latest === undefined || consent.givenOn >= latest.consent.givenOn)) {
      latest = { consent, index };
    }
  }
  if (unentitled) return [];
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
