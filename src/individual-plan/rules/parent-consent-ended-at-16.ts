import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { unentitledConsents } from "../consent/_state.js";
import { CONSENT_COMPETENCE } from "./_basis.js";

/**
 * `plan/parent-consent-ended-at-16` (pbrl §§ 4-3 to 4-5, item h): a consent that holds by its dates,
 * and that the plan or its sharing rests on, was given by a parent before the user turned 16, and
 * the user is 16 today. A parent's consent stops counting on the 16th birthday (unless a lack of
 * capacity is recorded): from that day the young person consents themselves, and `consentCovers`
 * and `sharePlanWith` no longer rest on it. Runs on draft and active plans.
 */
export const parentConsentEndedAt16Rule = planRule({
  codes: {
    "plan/parent-consent-ended-at-16": {
      severity: "error",
      description: "A consent the plan or its sharing rests on was given by a parent before the user turned 16, and the user is 16 today: from the 16th birthday the user consents themselves. Draft and active plans.",
      basis: CONSENT_COMPETENCE,
      messages: {
        nb: "Samtykket {consentId} ble gitt av en forelder før brukeren fylte 16 år, og gjelder ikke lenger: fra 16 år må brukeren samtykke selv",
        nn: "Samtykket {consentId} vart gitt av ein forelder før brukaren fylte 16 år, og gjeld ikkje lenger: frå 16 år må brukaren samtykkje sjølv",
        en: "Consent {consentId} was given by a parent before the user turned 16 and no longer counts: from 16 the user must consent themselves",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan, { today, index: { subject } }) => {
    return unentitledConsents(plan.consents ?? [], subject, today)
      .filter((u) => u.kind === "ended-at-16")
      .map((u): RuleFinding<"plan/parent-consent-ended-at-16"> => ({ code: "plan/parent-consent-ended-at-16", path: ["consents", u.index, "givenBy"], params: { consentId: u.consent.id } }));
  },
});
