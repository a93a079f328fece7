import type { RawFinding } from "../../_lib/_legacy.js";
import { isCurrentParticipant, type PlanRule } from "../_context.js";
import { coverageIndex } from "../consent/consent-covers.js";

/**
 * `plan/participant-without-consent` (item h): in an active plan, a current participant who is not
 * the user is not covered by an information-sharing consent that holds today. The reason is the
 * same code `consentCovers` gives.
 */
export const participantWithoutConsentRule: PlanRule = (plan, { today }) => {
  if (plan.status !== "active") return [];
  const coverage = coverageIndex(plan, today);
  const findings: RawFinding[] = [];
  for (const [i, participant] of (plan.participants ?? []).entries()) {
    if (participant.role === "user" || !isCurrentParticipant(participant, today)) continue;
    const covered = coverage(participant.id);
    if (covered.covered) continue;
    findings.push({
      code: "plan/participant-without-consent",
      path: ["participants", i],
      params: { participantId: participant.id, reason: covered.reason },
    });
  }
  return findings;
};
