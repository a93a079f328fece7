import type { PlanRule } from "../_context.js";

/** `plan/no-revision-date` (item g): an active plan has no date for its next revision. */
export const noRevisionDateRule: PlanRule = (plan) =>
  plan.status === "active" && plan.nextRevision === undefined
    ? [{ code: "plan/no-revision-date", path: ["nextRevision"] }]
    : [];
