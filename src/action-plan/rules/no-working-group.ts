import type { ActionPlanRule } from "./context.js";

/** `action-plan/no-working-group`: the header answers "Nei" to "is there an interdisciplinary working group with a coordinator?". */
export const noWorkingGroup: ActionPlanRule = (plan) =>
  plan.hasWorkingGroup === false ? [{ code: "action-plan/no-working-group", path: ["hasWorkingGroup"] }] : [];
