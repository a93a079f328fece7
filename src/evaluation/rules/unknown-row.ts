import { PRACTICE } from "../../core/findings/basis.js";
import { evaluationRule } from "./context.js";

/** `evaluation/unknown-row`: an evaluated row id that is not a row of the action plan. */
export const unknownRowRule = evaluationRule({
  codes: {
    "evaluation/unknown-row": {
      severity: "error",
      description: "The evaluation judges a row id that is not a row of the action plan.",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} finnes ikke i handlingsplanen",
        nn: "Rad {row} finst ikkje i handlingsplanen",
        en: "Row {row} is not a row of the action plan",
      },
    },
  },
  run: (evaluation, ctx) =>
    evaluation.rows.flatMap((row, index) =>
      ctx.planRows.has(row.rowId) ? [] : [{ code: "evaluation/unknown-row" as const, path: ["rows", index, "rowId"], params: { row: row.rowId } }],
    ),
});
