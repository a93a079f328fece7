import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";
import { consentState, onBehalfPurposes } from "../consent/_state.js";
import { consentStanding } from "../consent/authority.js";

/**
 * `plan/consent-by-minor` (pbrl §§ 4-3 to 4-5; IP regulation item h): a consent that holds today was given by the user before
 * turning 16 (and is not marked `competentUnder16`), and no consent on the user's behalf that holds
 * today, given by someone then entitled, covers each of its purposes. Runs on draft and active plans.
 */
export const consentByMinorRule: PlanRule = (plan, { today, index: { subject } }) => {
  if (plan.status === "closed") return [];
  const consents = plan.consents ?? [];
  const onBehalf = onBehalfPurposes(consents, subject, today);
  const findings: RawFinding[] = [];
  for (const [i, consent] of consents.entries()) {
    if (consent.givenBy !== "user" || consentState(consent, today) !== "holds") continue;
    const standing = consentStanding(consent, subject, today);
    if (standing.entitled || standing.failure !== "consent-by-minor") continue;
    if (consent.purposes.every((purpose) => onBehalf.has(purpose))) continue;
    findings.push({ code: "plan/consent-by-minor", path: ["consents", i, "givenBy"], params: { consentId: consent.id } });
  }
  return findings;
};
