import { PRACTICE } from "../../core/findings/basis.js";
import { evaluationRule } from "./context.js";

/** `evaluation/plan-mismatch`: the evaluation names another action plan than the one it is checked against. */
export const planMismatchRule = evaluationRule({
  codes: {
    "evaluation/plan-mismatch": {
      severity: "error",
      description: "The evaluation names another action plan than the one it is checked against.",
      basis: PRACTICE,
      messages: {
        nb: "Evalueringen gjelder handlingsplanen {actionPlanId}, men kontrolleres mot {planId}",
        nn: "Evalueringa gjeld handlingsplanen {actionPlanId}, men vert kontrollert mot {planId}",
        en: "The evaluation is of action plan {actionPlanId} but is checked against {planId}",
      },
    },
  },
  run: (evaluation, ctx) =>
    evaluation.actionPlanId === ctx.plan.id
      ? []
      : [{ code: "evaluation/plan-mismatch", path: ["actionPlanId"], params: { actionPlanId: evaluation.actionPlanId, planId: ctx.plan.id } }],
});
