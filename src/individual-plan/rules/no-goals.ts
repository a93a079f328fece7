import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/no-goals` (item a): an active plan has no goals. */
export const noGoalsRule = planRule({
  codes: {
    "plan/no-goals": {
      severity: "error",
      description: "An active plan has no goals (mål).",
      basis: ipItemBasis("a"),
      messages: { nb: "Planen har ingen mål", nn: "Planen har ingen mål", en: "The plan has no goals" },
    },
  },
  statuses: ["active"],
  run: (plan) => (plan.goals ?? []).length === 0 ? [{ code: "plan/no-goals", path: ["goals"] }] : [],
});
