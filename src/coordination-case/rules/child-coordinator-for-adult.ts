import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf, jointBasis } from "../../core/findings/basis.js";
import { isUnderAge } from "../../individual-plan/_user.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/child-coordinator-for-adult` (pbrl § 2-5 c: a child coordinator is for a family with a child
 * under 18): in an open case, a child coordinator appointed on a day the user was 18 or older. On
 * the 18th birthday the user is 18. Needs the user's birth date; without it see `case/user-age-unknown`.
 */
export const childCoordinatorForAdultRule = caseRule({
  codes: {
    "case/child-coordinator-for-adult": {
      severity: "warning",
      description: "In an open case, a child coordinator (barnekoordinator) was appointed on a day the user was 18 or older.",
      basis: jointBasis(basisOf("pbrl", ["2-5 c"]), basisOf("hol", ["7-2 a"])),
      messages: {
        nb: "Barnekoordinator ble oppnevnt {appointedOn} ({appointmentId}), da brukeren var fylt 18 år",
        nn: "Barnekoordinator vart oppnemnd {appointedOn} ({appointmentId}), då brukaren hadde fylt 18 år",
        en: "A child coordinator was appointed on {appointedOn} ({appointmentId}), when the user was 18 or older",
      },
    },
  },
  statuses: OPEN,
  run: (c, { birthDate }) => {
    if (birthDate === undefined) return [];
    return (c.appointments ?? []).flatMap((appointment, i): RuleFinding<"case/child-coordinator-for-adult">[] =>
      appointment.kind === "child-coordinator" && isUnderAge(birthDate, 18, appointment.appointedOn) === false
        ? [{ code: "case/child-coordinator-for-adult", path: ["appointments", i, "kind"], params: { appointmentId: appointment.id, appointedOn: appointment.appointedOn } }]
        : [],
    );
  },
});
