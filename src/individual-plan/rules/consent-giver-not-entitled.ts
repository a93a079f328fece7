import type { RuleFinding } from "../../_lib/engine/rule.js";
import { planRule } from "../_context.js";
import { unentitledConsents } from "../consent/_state.js";
import { CONSENT_COMPETENCE } from "./_basis.js";

/**
 * `plan/consent-giver-not-entitled` (pbrl §§ 4-3 to 4-5, item h): a consent that holds by its dates,
 * and that the plan or its sharing rests on, was given by someone who may not consent for the user,
 * for a reason the other rules of who consented do not name. `params.reason` is the reason
 * `consentCovers` gives: `consent-by-user-lacking-capacity`, `consent-capacity-not-recorded`,
 * `consent-age-unknown`, or `consent-by-parent-after-16` for a parent's consent for a user of 18 or
 * more who lacks capacity (then a guardian or representative consents). Runs on draft and active plans.
 */
export const consentGiverNotEntitledRule = planRule({
  codes: {
    "plan/consent-giver-not-entitled": {
      severity: "error",
      description: "A consent the plan or its sharing rests on was given by someone who may not consent for the user, for a reason the other consent codes do not name; the reason says which. Draft and active plans.",
      basis: CONSENT_COMPETENCE,
      messages: {
        nb: "Samtykket {consentId} gjelder ikke: den som ga det, kan ikke samtykke for brukeren ({reason})",
        nn: "Samtykket {consentId} gjeld ikkje: den som gav det, kan ikkje samtykkje for brukaren ({reason})",
        en: "Consent {consentId} does not count: whoever gave it may not consent for the user ({reason})",
      },
    },
  },
  statuses: ["draft", "active"],
  run: (plan, { today, index: { subject } }) => {
    return unentitledConsents(plan.consents ?? [], subject, today)
      .filter((u) => u.kind === "not-entitled")
      .map((u): RuleFinding<"plan/consent-giver-not-entitled"> => ({
        code: "plan/consent-giver-not-entitled",
        path: ["consents", u.index, "givenBy"],
        params: { consentId: u.consent.id, reason: u.failure },
      }));
  },
});
