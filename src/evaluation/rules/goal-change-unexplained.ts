import { EVALUATION_BASIS, evaluationRule, isBlank } from "./context.js";

/** `evaluation/goal-change-unexplained`: a row whose goal was changed on the way, with no reason given. */
export const goalChangeUnexplainedRule = evaluationRule({
  codes: {
    "evaluation/goal-change-unexplained": {
      severity: "warning",
      description: "A row's goal was changed on the way, but the evaluation gives no reason.",
      basis: EVALUATION_BASIS,
      messages: {
        nb: "Målet for rad {row} er endret underveis, men det står ikke hvorfor",
        nn: "Målet for rad {row} er endra undervegs, men det står ikkje kvifor",
        en: "The goal of row {row} was changed on the way, but no reason is given",
      },
    },
  },
  run: (evaluation) =>
    evaluation.rows.flatMap((row, index) =>
      row.goalChanged === true && isBlank(row.goalChangeReason)
        ? [{ code: "evaluation/goal-change-unexplained" as const, path: ["rows", index, "goalChangeReason"], params: { row: row.rowId } }]
        : [],
    ),
});
