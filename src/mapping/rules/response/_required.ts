import type { FindingPath } from "../../../core/findings/types.js";
import type { AnswerRuleContext } from "./context.js";

/** The required items that are asked but have no answer, in the questionnaire's order. */
export function unansweredRequired(ctx: AnswerRuleContext): { readonly path: FindingPath; readonly params: { readonly itemId: string } }[] {
  return ctx.index.entries.flatMap(({ item }) =>
    item.required === true && ctx.resolved.enabled.has(item.id) && !ctx.resolved.first.has(item.id)
      ? [{ path: ["answers"], params: { itemId: item.id } }]
      : [],
  );
}
