import type { RawFinding } from "../../_lib/_legacy.js";
import { consentHoldsOn } from "../_case.js";
import type { CaseRule } from "./context.js";

/**
 * `case/coordinator-before-consent` (the guide: consent is clarified first, the coordinator is
 * appointed next): in an open case, an appointment made on a day consent did not hold: consent not
 * yet given, pending, declined or already withdrawn. Consent given on the appointment day is in time.
 */
export const coordinatorBeforeConsent: CaseRule = (c) => {
  if (c.status !== "open") return [];
  return (c.appointments ?? []).flatMap((appointment, i): RawFinding[] =>
    consentHoldsOn(c, appointment.appointedOn)
      ? []
      : [
          {
            code: "case/coordinator-before-consent",
            path: ["appointments", i, "appointedOn"],
            params: { appointmentId: appointment.id, appointedOn: appointment.appointedOn },
          },
        ],
  );
};
