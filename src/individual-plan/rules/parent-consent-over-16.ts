import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { unentitledConsents } from "../consent/_state.js";
import { CONSENT_COMPETENCE } from "./_basis.js";

/**
 * `plan/parent-consent-over-16` (pbrl §§ 4-3 to 4-5): a consent that holds today, and that the plan
 * or its sharing rests on, was given by a parent when the user was already 16 (with no lack of
 * capacity recorded that lets a parent consent); from 16 the user consents themselves. It does not
 * count, here or in `consentCovers`. Runs on draft and active plans.
 */
export const parentConsentOver16Rule = planRule({
  codes: {
    "plan/parent-consent-over-16": {
      severity: "error",
      description: "A consent the plan or its sharing rests on was given by a parent when the user was already 16, with no lack of capacity recorded; from 16 the user consents themselves. Draft and active plans.",
      basis: CONSENT_COMPETENCE,
      messages: {
        nb: "Samtykket {consentId} ble gitt av en forelder etter at brukeren fylte 16 år; fra 16 år samtykker brukeren selv",
        nn: "Samtykket {consentId} vart gitt av ein forelder etter at brukaren fylte 16 år; frå 16 år samtykkjer brukaren sjølv",
        en: "Consent {consentId} was given by a parent after the user turned 16; from 16 the user consents themselves",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan, { today, index: { subject } }) => {
    return unentitledConsents(plan.consents ?? [], subject, today)
      .filter((u) => u.kind === "over-16")
      .map((u): RuleFinding<"plan/parent-consent-over-16"> => ({ code: "plan/parent-consent-over-16", path: ["consents", u.index, "givenBy"], params: { consentId: u.consent.id } }));
  },
});
