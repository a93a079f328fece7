import type { PlanRule } from "../_context.js";

/** `plan/needs-not-described` (item a): an active plan records none of the user's needs for services. */
export const needsNotDescribedRule: PlanRule = (plan) =>
  plan.status === "active" && (plan.needs ?? []).length === 0 ? [{ code: "plan/needs-not-described", path: ["needs"] }] : [];
