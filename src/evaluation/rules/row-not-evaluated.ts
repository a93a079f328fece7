import { EVALUATION_BASIS, evaluationRule } from "./context.js";

/**
 * `evaluation/row-not-evaluated`: once the plan's period is over (today after its last day), a row
 * of the plan that the evaluation does not judge. A plan without a period is never over.
 */
export const rowNotEvaluatedRule = evaluationRule({
  codes: {
    "evaluation/row-not-evaluated": {
      severity: "warning",
      description: "The action plan's period is over (today is after its last day), and a row of the plan is not judged in the evaluation. A plan without a period is never over.",
      basis: EVALUATION_BASIS,
      messages: {
        nb: "Handlingsplanens periode endte {periodEnd}, men rad {row} er ikke evaluert",
        nn: "Perioden til handlingsplanen enda {periodEnd}, men rad {row} er ikkje evaluert",
        en: "The action plan's period ended on {periodEnd}, but row {row} is not evaluated",
      },
    },
  },
  run: (_evaluation, ctx) => {
    const periodEnd = ctx.periodEnd;
    if (periodEnd === undefined || ctx.today <= periodEnd) return [];
    return [...ctx.planRows.keys()]
      .filter((id) => !ctx.evaluated.has(id))
      .map((id) => ({ code: "evaluation/row-not-evaluated" as const, path: ["rows"], params: { row: id, periodEnd } }));
  },
});
