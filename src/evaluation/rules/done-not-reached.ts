import { EVALUATION_BASIS, evaluationRule } from "./context.js";

/**
 * `evaluation/done-not-reached` (info): a row done in the action plan that the evaluation judges
 * as partly reached, not reached or dropped: the measure was carried out, the goal not met.
 */
export const doneNotReachedRule = evaluationRule({
  codes: {
    "evaluation/done-not-reached": {
      severity: "info",
      description: "A row done in the action plan is evaluated as partly reached, not reached or dropped: the measure was carried out, the goal not met.",
      basis: EVALUATION_BASIS,
      messages: {
        nb: "Rad {row} er gjennomført i handlingsplanen, men evaluert som {result}",
        nn: "Rad {row} er gjennomført i handlingsplanen, men evaluert som {result}",
        en: "Row {row} is done in the action plan but evaluated as {result}",
      },
    },
  },
  run: (evaluation, ctx) =>
    evaluation.rows.flatMap((row, index) => {
      const planned = ctx.planRows.get(row.rowId);
      if (planned === undefined || row.result === "reached" || planned.status !== "done") return [];
      return [{ code: "evaluation/done-not-reached" as const, path: ["rows", index, "result"], params: { row: row.rowId, result: row.result } }];
    }),
});
