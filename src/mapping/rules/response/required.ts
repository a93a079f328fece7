import type { RawFinding } from "../../../_lib/_legacy.js";
import type { ResponseRule } from "./context.js";

/**
 * `mapping/required-unanswered` (a completed response) and `mapping/required-pending` (one in
 * progress): a required item that is asked but has no answer.
 */
export const required: ResponseRule = (response, ctx) => {
  const code = response.status === "completed" ? "mapping/required-unanswered" : "mapping/required-pending";
  return ctx.index.entries.flatMap(({ item }): RawFinding[] =>
    item.required === true && ctx.resolved.enabled.has(item.id) && !ctx.resolved.first.has(item.id)
      ? [{ code, path: ["answers"], params: { itemId: item.id } }]
      : [],
  );
};
