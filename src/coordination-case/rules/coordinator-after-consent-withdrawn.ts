import type { RuleFinding } from "../../_lib/engine/rule.js";
import { runsPast, withdrawnBy } from "../_case.js";
import { CONSENT_FIRST } from "./_basis.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/coordinator-after-consent-withdrawn` (the guide: when consent is withdrawn, coordination
 * stops): in an open case whose consent was withdrawn on or before today, an appointment made
 * before the withdrawal has no end, or ends after the withdrawal day. Ending on that day is in time.
 */
export const coordinatorAfterConsentWithdrawnRule = caseRule({
  codes: {
    "case/coordinator-after-consent-withdrawn": {
      severity: "warning",
      description: "In an open case whose consent was withdrawn, a coordinator appointment made before the withdrawal has no end, or ends after the withdrawal day.",
      basis: CONSENT_FIRST,
      messages: {
        nb: "Samtykket ble trukket tilbake {withdrawnOn}, men oppnevningen {appointmentId} er ikke avsluttet",
        nn: "Samtykket vart trekt tilbake {withdrawnOn}, men oppnemninga {appointmentId} er ikkje avslutta",
        en: "Consent was withdrawn on {withdrawnOn}, but appointment {appointmentId} has not ended",
      },
    },
  },
  statuses: OPEN,
  run: (c, { today }) => {
    const withdrawnOn = withdrawnBy(c, today);
    if (withdrawnOn === undefined) return [];
    return runsPast(c, withdrawnOn, today).flatMap(({ appointment, index }): RuleFinding<"case/coordinator-after-consent-withdrawn">[] =>
      appointment.appointedOn < withdrawnOn
        ? [{ code: "case/coordinator-after-consent-withdrawn", path: ["appointments", index, "endedOn"], params: { appointmentId: appointment.id, withdrawnOn } }]
        : [],
    );
  },
});
