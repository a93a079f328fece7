import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { consentState, hasPurpose } from "../consent/_state.js";
import { consentStanding } from "../consent/authority.js";
import type { PlanConsent } from "../consent/schema.js";
import { ITEM_H } from "./_basis.js";

/**
 * `plan/missing-consent`, `plan/consent-withdrawn`, `plan/consent-expired` (IP regulation item h): an active
 * plan needs a consent to the plan that holds today, given by someone who may consent for the user
 * then and today (the same answer `consentCovers` uses). When one holds but its giver may not
 * consent, the rule of who consented reports it (`plan/consent-by-minor`,
 * `plan/parent-consent-over-16`, `plan/parent-consent-ended-at-16`,
 * `plan/consent-giver-not-entitled`) and this rule says nothing more. Else the most recent consent
 * that has ended says why; with no such consent the plan is missing one.
 */
export const missingConsentRule = planRule({
  codes: {
    "plan/missing-consent": {
      severity: "error",
      description: "An active plan has no consent to the plan being made that holds today, and no consent that has ended explains why.",
      basis: ITEM_H,
      messages: {
        nb: "Den aktive planen har ikke gyldig samtykke fra brukeren til at planen utarbeides",
        nn: "Den aktive planen har ikkje gyldig samtykke frå brukaren til at planen blir utarbeidd",
        en: "The active plan has no valid consent from the user to the plan being made",
      },
    },
    "plan/consent-withdrawn": {
      severity: "error",
      description: "An active plan has no consent that holds today, and the most recent consent to the plan was withdrawn.",
      basis: ITEM_H,
      messages: {
        nb: "Samtykket {consentId} som planen bygger på, ble trukket tilbake {withdrawnOn}",
        nn: "Samtykket {consentId} som planen byggjer på, vart trekt tilbake {withdrawnOn}",
        en: "Consent {consentId}, which the plan rests on, was withdrawn on {withdrawnOn}",
      },
    },
    "plan/consent-expired": {
      severity: "error",
      description: "An active plan has no consent that holds today, and the most recent consent to the plan ran out on its end date.",
      basis: ITEM_H,
      messages: {
        nb: "Samtykket {consentId} som planen bygger på, gjaldt bare til og med {validUntil}",
        nn: "Samtykket {consentId} som planen byggjer på, galdt berre til og med {validUntil}",
        en: "Consent {consentId}, which the plan rests on, was valid only through {validUntil}",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today, index: { subject } }) => {
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
    const ended: RuleFinding<"plan/consent-withdrawn" | "plan/consent-expired"> =
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
  },
});
