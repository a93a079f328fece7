import { EVALUATION_BASIS, evaluationRule } from "./context.js";

/** `evaluation/reached-not-done`: a row evaluated as reached whose action-plan status is not done. */
export const reachedNotDoneRule = evaluationRule({
  codes: {
    "evaluation/reached-not-done": {
      severity: "warning",
      description: "A row is evaluated as reached, but its status in the action plan is not done.",
      basis: EVALUATION_BASIS,
      messages: {
        nb: "Rad {row} er evaluert som nådd, men har status {status} i handlingsplanen",
        nn: "Rad {row} er evaluert som nådd, men har status {status} i handlingsplanen",
        en: "Row {row} is evaluated as reached but has status {status} in the action plan",
      },
    },
  },
  run: (evaluation, ctx) =>
    evaluation.rows.flatMap((row, index) => {
      const planned = ctx.planRows.get(row.rowId);
      if (planned === undefined || row.result !== "reached" || planned.status === "done") return [];
      return [{ code: "evaluation/reached-not-done" as const, path: ["rows", index, "result"], params: { row: row.rowId, status: planned.status } }];
    }),
});
