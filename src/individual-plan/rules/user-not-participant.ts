import { isCurrentParticipant, type PlanRule } from "../_context.js";

/** `plan/user-not-participant` (item b and pbrl, user participation): no current participant of an active plan is the user. */
export const userNotParticipantRule: PlanRule = (plan, { today }) => {
  if (plan.status !== "active") return [];
  const present = (plan.participants ?? []).some((p) => p.role === "user" && isCurrentParticipant(p, today));
  return present ? [] : [{ code: "plan/user-not-participant", path: ["participants"] }];
};
