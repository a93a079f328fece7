import type { RuleFinding } from "../../_lib/engine/rule.js";
import { consentHoldsOn } from "../_case.js";
import { CONSENT_FIRST } from "./_basis.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/coordinator-before-consent` (the guide: consent is clarified first, the coordinator is
 * appointed next): in an open case, an appointment made on a day consent did not hold: consent not
 * yet given, pending, declined or already withdrawn. Consent given on the appointment day is in time.
 */
export const coordinatorBeforeConsentRule = caseRule({
  codes: {
    "case/coordinator-before-consent": {
      severity: "warning",
      description: "In an open case, a coordinator was appointed on a day no consent held: not yet given, pending, declined or already withdrawn.",
      basis: CONSENT_FIRST,
      messages: {
        nb: "Oppnevningen {appointmentId} ({appointedOn}) ble gjort uten at samtykke forelå",
        nn: "Oppnemninga {appointmentId} ({appointedOn}) vart gjord utan at samtykke låg føre",
        en: "Appointment {appointmentId} ({appointedOn}) was made when no consent held",
      },
    },
  },
  statuses: OPEN,
  run: (c) =>
    (c.appointments ?? []).flatMap((appointment, i): RuleFinding<"case/coordinator-before-consent">[] =>
      consentHoldsOn(c, appointment.appointedOn)
        ? []
        : [
            {
              code: "case/coordinator-before-consent",
              path: ["appointments", i, "appointedOn"],
              params: { appointmentId: appointment.id, appointedOn: appointment.appointedOn },
            },
          ],
    ),
});
