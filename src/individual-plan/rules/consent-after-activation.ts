import { guideBasis, jointBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { hasPurpose } from "../consent/_state.js";
import type { PlanConsent } from "../consent/schema.js";
import { CONSENT_FIRST, ITEM_H } from "./_basis.js";

/**
 * `plan/consent-after-activation` (IP regulation item h; the guide: consent first): clarifying consent is the first step of the plan
 * process, yet the earliest consent to the plan was given after the plan was made active.
 */
export const consentAfterActivationRule = planRule({
  codes: {
    "plan/consent-after-activation": {
      severity: "warning",
      description: "The earliest consent to the plan was given after the plan was made active, although clarifying consent is the first step of the plan process.",
      basis: jointBasis(ITEM_H, guideBasis(CONSENT_FIRST)),
      messages: {
        nb: "Samtykket {consentId} til planen ble gitt {givenOn}, etter at planen ble aktiv {activatedOn}",
        nn: "Samtykket {consentId} til planen vart gitt {givenOn}, etter at planen vart aktiv {activatedOn}",
        en: "Consent {consentId} to the plan was given on {givenOn}, after the plan became active on {activatedOn}",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => {
    const activatedOn = plan.activatedOn;
    if (activatedOn === undefined) return [];
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
  },
});
