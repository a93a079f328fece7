import type { RawFinding } from "../../_lib/findings.js";
import type { PlanRule } from "../_context.js";
import { consentState, isGivenByMinor, onBehalfPurposes } from "../consent/_state.js";

/**
 * `plan/consent-by-minor` (pbrl § 4-4): a consent that holds today was given by the user before
 * turning 16, and no consent on the user's behalf that holds today covers each of its purposes.
 * Runs on draft and active plans.
 */
export const consentByMinorRule: PlanRule = (plan, { today, index }) => {
  if (plan.status === "closed") return [];
  const consents = plan.consents ?? [];
  const onBehalf = onBehalfPurposes(consents, today);
  const findings: RawFinding[] = [];
  for (const [i, consent] of consents.entries()) {
    if (consentState(consent, today) !== "holds" || !isGivenByMinor(consent, index.birthDate)) continue;
    if (consent.purposes.every((purpose) => onBehalf.has(purpose))) continue;
    findings.push({ code: "plan/consent-by-minor", path: ["consents", i, "givenBy"], params: { consentId: consent.id } });
  }
  return findings;
};
