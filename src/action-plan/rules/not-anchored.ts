import type { ActionPlanRule } from "./context.js";

/** `action-plan/not-anchored`: the header answers "Nei" to "are the measures anchored in the services' own plans?". */
export const notAnchored: ActionPlanRule = (plan) =>
  plan.anchoredInServicePlans === false ? [{ code: "action-plan/not-anchored", path: ["anchoredInServicePlans"] }] : [];
