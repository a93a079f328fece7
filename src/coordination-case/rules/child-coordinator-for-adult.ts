import type { RawFinding } from "../../_lib/_legacy.js";
import { isUnderAge } from "../../individual-plan/_user.js";
import type { CaseRule } from "./context.js";

/**
 * `case/child-coordinator-for-adult` (pbrl § 2-5 c: a child coordinator is for a family with a child
 * under 18): in an open case, a child coordinator appointed on a day the user was 18 or older. On
 * the 18th birthday the user is 18. Needs the user's birth date; without it see `case/user-age-unknown`.
 */
export const childCoordinatorForAdult: CaseRule = (c, { birthDate }) => {
  if (c.status !== "open" || birthDate === undefined) return [];
  return (c.appointments ?? []).flatMap((appointment, i): RawFinding[] =>
    appointment.kind === "child-coordinator" && isUnderAge(birthDate, 18, appointment.appointedOn) === false
      ? [{ code: "case/child-coordinator-for-adult", path: ["appointments", i, "kind"], params: { appointmentId: appointment.id, appointedOn: appointment.appointedOn } }]
      : [],
  );
};
