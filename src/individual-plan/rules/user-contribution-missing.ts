import type { PlanRule } from "../_context.js";

/** `plan/user-contribution-missing` (item d): an active plan records no contribution by the user. */
export const userContributionMissingRule: PlanRule = (plan, { index }) => {
  if (plan.status !== "active") return [];
  const present = (plan.contributions ?? []).some((c) => index.userIds.has(c.participantId));
  return present ? [] : [{ code: "plan/user-contribution-missing", path: ["contributions"] }];
};
