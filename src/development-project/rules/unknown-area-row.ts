import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { developmentProjectRule } from "./context.js";

/** `development-project/unknown-area-row`: an area names a row id the action plan does not have. */
export const unknownAreaRowRule = developmentProjectRule({
  codes: {
    "development-project/unknown-area-row": {
      severity: "error",
      description: "A development area names a row id the action plan does not have.",
      basis: PRACTICE,
      messages: {
        nb: "Utviklingsområdet {itemId} viser til rad {row}, som ikke finnes i handlingsplanen",
        nn: "Utviklingsområdet {itemId} viser til rad {row}, som ikkje finst i handlingsplanen",
        en: "Development area {itemId} refers to row {row}, which is not in the action plan",
      },
    },
  },
  run: (project, ctx) =>
    project.areas.flatMap((area, index): RuleFinding<"development-project/unknown-area-row">[] =>
      (area.rowIds ?? []).flatMap((row, r) =>
        ctx.rowIds.has(row) ? [] : [{ code: "development-project/unknown-area-row" as const, path: ["areas", index, "rowIds", r], params: { itemId: area.itemId, row } }],
      ),
    ),
});
