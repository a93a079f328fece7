import type { RuleFinding } from "../../_lib/engine/rule.js";
import { consentStanding } from "../../individual-plan/consent/authority.js";
import { CONSENT_COMPETENCE } from "./_basis.js";
import { pathwayRule } from "./context.js";

/**
 * `pathway/step-without-consent` (pbrl §§ 4-3 to 4-5): a step that needs consent was done with none
 * (`missing`), with one given after the step (`given-after-step`), or with one whose giver could
 * not consent for the child on the day it was given or the day of the step (the reason
 * `whoMayConsent` and `consentCovers` give, e.g. `consent-by-parent-after-16` from the 16th birthday).
 */
export const stepWithoutConsentRule = pathwayRule({
  codes: {
    "pathway/step-without-consent": {
      severity: "error",
      description: "A step that needs consent was done with no consent, with one given after the step, or with one whose giver could not consent for the child; the reason says which.",
      basis: CONSENT_COMPETENCE,
      messages: {
        nb: "Steget {stepId} ble gjort {doneOn} uten gyldig samtykke ({reason})",
        nn: "Steget {stepId} vart gjort {doneOn} utan gyldig samtykke ({reason})",
        en: "The step {stepId} was done on {doneOn} without a valid consent ({reason})",
      },
    },
  },
  run: (c, ctx) => {
    const found: RuleFinding<"pathway/step-without-consent">[] = [];
    for (const [i, record] of (c.steps ?? []).entries()) {
      if (ctx.stepsById.get(record.stepId)?.needsConsent !== true) continue;
      const { consent, doneOn, stepId } = record;
      let reason: string | undefined;
      if (consent === undefined) reason = "missing";
      else if (consent.givenOn > doneOn) reason = "given-after-step";
      else {
        const standing = consentStanding(consent, ctx.subject, doneOn);
        if (!standing.entitled) reason = standing.failure;
      }
      if (reason === undefined) continue;
      const path = consent === undefined ? ["steps", i] : ["steps", i, "consent"];
      found.push({ code: "pathway/step-without-consent", path, params: { stepId, doneOn, reason } });
    }
    return found;
  },
});
