import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { consentState, hasPurpose } from "../consent/_state.js";
import { ITEM_H } from "./_basis.js";

/**
 * `plan/consent-recipients-missing` (item h): a consent to share information that has not ended
 * names no one (`sharesWith` missing or empty), so it covers no participant. Draft and active plans.
 */
export const consentRecipientsMissingRule = planRule({
  codes: {
    "plan/consent-recipients-missing": {
      severity: "warning",
      description: "A consent to share confidential information that has not ended names no one to share with, so it covers no participant. Draft and active plans.",
      basis: ITEM_H,
      messages: {
        nb: "Samtykket {consentId} til å dele taushetsbelagte opplysninger sier ikke hvem de kan deles med",
        nn: "Samtykket {consentId} til å dele teiepliktige opplysningar seier ikkje kven dei kan delast med",
        en: "Consent {consentId} to share confidential information does not say with whom",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan, { today }) => {
    const findings: RuleFinding<"plan/consent-recipients-missing">[] = [];
    for (const [i, consent] of (plan.consents ?? []).entries()) {
      if (!hasPurpose(consent, "information-sharing")) continue;
      const state = consentState(consent, today);
      if (state === "withdrawn" || state === "expired") continue;
      if (consent.sharesWith === "all" || (consent.sharesWith !== undefined && consent.sharesWith.length > 0)) continue;
      findings.push({ code: "plan/consent-recipients-missing", path: ["consents", i, "sharesWith"], params: { consentId: consent.id } });
    }
    return findings;
  },
});
