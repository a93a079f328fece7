import type { RuleFinding } from "../../_lib/engine/rule.js";
import { isCurrentParticipant, planRule } from "../_context.js";
import { coverageIndex } from "../consent/consent-covers.js";
import { ITEM_H } from "./_basis.js";

/**
 * `plan/participant-without-consent` (item h): in an active plan, a current participant who is not
 * the user is not covered by an information-sharing consent that holds today. The reason is the
 * same code `consentCovers` gives.
 */
export const participantWithoutConsentRule = planRule({
  codes: {
    "plan/participant-without-consent": {
      severity: "warning",
      description: "In an active plan, a current participant other than the user is not covered by a consent to share information that holds today; the reason says why.",
      basis: ITEM_H,
      messages: {
        nb: "Deltakeren {participantId} er ikke dekket av et gyldig samtykke til å se taushetsbelagte opplysninger ({reason})",
        nn: "Deltakaren {participantId} er ikkje dekt av eit gyldig samtykke til å sjå teiepliktige opplysningar ({reason})",
        en: "Participant {participantId} is not covered by a valid consent to see confidential information ({reason})",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const coverage = coverageIndex(plan, today);
    const findings: RuleFinding<"plan/participant-without-consent">[] = [];
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
  },
});
