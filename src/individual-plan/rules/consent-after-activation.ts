import type { PlanRule } from "../_context.js";
import { hasPurpose } from "../consent/_state.js";
import type { PlanConsent } from "../consent/schema.js";

/**
 * `plan/consent-after-activation` (IP regulation item h; the guide: consent first): clarifying consent is the first step of the plan
 * process, yet the earliest consent to the plan was given after the plan was made active.
 */
export const consentAfterActivationRule: PlanRule = (plan) => {
  const activatedOn = plan.activatedOn;
  if (plan.status !== "active" || activatedOn === undefined) return [];
  let earliest: { readonly consent: PlanConsent; readonly index: number } | undefined;
  for (const [index, consent] of (plan.consents ?? []).entries()) {
    if (hasPurpose(consent, "plan") && (earliest === undefined || consent.givenOn < earliest.consent.givenOn)) {
      earliest = { consent, index };
    }
  }
  if (earliest === undefined || earliest.consent.givenOn <= activatedOn) return [];
  const { consent, index } = earliest;
  return [
    {
      code: "plan/consent-after-activation",
      path: ["consents", index, "givenOn"],
      params: { consentId: consent.id, givenOn: consent.givenOn, activatedOn },
    },
  ];
};
