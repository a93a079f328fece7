import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { consentState, onBehalfPurposes } from "../consent/_state.js";
import { consentStanding } from "../consent/authority.js";
import { CONSENT_COMPETENCE } from "./_basis.js";

/**
 * `plan/consent-by-minor` (pbrl §§ 4-3 to 4-5; IP regulation item h): a consent that holds today was given by the user before
 * turning 16 (and is not marked `competentUnder16`), and no consent on the user's behalf that holds
 * today, given by someone then entitled, covers each of its purposes. Runs on draft and active plans.
 */
export const consentByMinorRule = planRule({
  codes: {
    "plan/consent-by-minor": {
      severity: "error",
      description: "A consent that holds today was given by the user before turning 16 (not marked as competent under 16), and no one entitled to consent on the user's behalf has covered its purposes. Draft and active plans.",
      basis: CONSENT_COMPETENCE,
      messages: {
        nb: "Samtykket {consentId} ble gitt av brukeren før fylte 16 år, og ingen med foreldreansvar eller verge har samtykket på brukerens vegne",
        nn: "Samtykket {consentId} vart gitt av brukaren før fylte 16 år, og ingen med foreldreansvar eller verje har samtykt på vegner av brukaren",
        en: "Consent {consentId} was given by the user before turning 16, and no one with parental responsibility or guardianship has consented on the user's behalf",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan, { today, index: { subject } }) => {
    const consents = plan.consents ?? [];
    const onBehalf = onBehalfPurposes(consents, subject, today);
    const findings: RuleFinding<"plan/consent-by-minor">[] = [];
    for (const [i, consent] of consents.entries()) {
      if (consent.givenBy !== "user" || consentState(consent, today) !== "holds") continue;
      const standing = consentStanding(consent, subject, today);
      if (standing.entitled || standing.failure !== "consent-by-minor") continue;
      if (consent.purposes.every((purpose) => onBehalf.has(purpose))) continue;
      findings.push({ code: "plan/consent-by-minor", path: ["consents", i, "givenBy"], params: { consentId: consent.id } });
    }
    return findings;
  },
});
