import { basisOf, ipItemBasis, jointBasis } from "../../core/findings/basis.js";
import { isCurrentParticipant, planRule } from "../_context.js";

/** `plan/user-not-participant` (item b and pbrl, user participation): no current participant of an active plan is the user. */
export const userNotParticipantRule = planRule({
  codes: {
    "plan/user-not-participant": {
      severity: "warning",
      description: "No current participant of an active plan is the user (bruker) the plan is for.",
      basis: jointBasis(ipItemBasis("b"), basisOf("pbrl")),
      messages: {
        nb: "Brukeren står ikke som deltaker i planen",
        nn: "Brukaren står ikkje som deltakar i planen",
        en: "The user is not listed as a participant in the plan",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const present = (plan.participants ?? []).some((p) => p.role === "user" && isCurrentParticipant(p, today));
    return present ? [] : [{ code: "plan/user-not-participant", path: ["participants"] }];
  },
});
