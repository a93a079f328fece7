import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { evaluationRule } from "./context.js";

/** `evaluation/duplicate-row`: a row evaluated twice; the second and later entries are flagged. */
export const duplicateRowRule = evaluationRule({
  codes: {
    "evaluation/duplicate-row": {
      severity: "error",
      description: "A row is evaluated more than once; the second and later entries are reported.",
      basis: PRACTICE,
      messages: {
        nb: "Rad {row} er evaluert mer enn én gang",
        nn: "Rad {row} er evaluert meir enn ein gong",
        en: "Row {row} is evaluated more than once",
      },
    },
  },
  run: (evaluation) => {
    const seen = new Set<string>();
    const findings: RuleFinding<"evaluation/duplicate-row">[] = [];
    evaluation.rows.forEach((row, index) => {
      if (seen.has(row.rowId)) findings.push({ code: "evaluation/duplicate-row", path: ["rows", index, "rowId"], params: { row: row.rowId } });
      seen.add(row.rowId);
    });
    return findings;
  },
});
