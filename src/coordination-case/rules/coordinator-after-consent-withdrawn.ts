import type { RawFinding } from "../../_lib/_legacy.js";
import { runsPast, withdrawnBy } from "../_case.js";
import type { CaseRule } from "./context.js";

/**
 * `case/coordinator-after-consent-withdrawn` (the guide: when consent is withdrawn, coordination
 * stops): in an open case whose consent was withdrawn on or before today, an appointment made
 * before the withdrawal has no end, or ends after the withdrawal day. Ending on that day is in time.
 */
export const coordinatorAfterConsentWithdrawn: CaseRule = (c, { today }) => {
  const withdrawnOn = withdrawnBy(c, today);
  if (c.status !== "open" || withdrawnOn === undefined) return [];
  return runsPast(c, withdrawnOn, today).flatMap(({ appointment, index }): RawFinding[] =>
    appointment.appointedOn < withdrawnOn
      ? [{ code: "case/coordinator-after-consent-withdrawn", path: ["appointments", index, "endedOn"], params: { appointmentId: appointment.id, withdrawnOn } }]
      : [],
  );
};
