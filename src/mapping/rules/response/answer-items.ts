import type { RawFinding } from "../../../_lib/_legacy.js";
import type { ResponseRule } from "./context.js";

/**
 * `mapping/unknown-item`, `mapping/duplicate-answer`, `mapping/wrong-answer-type` and
 * `mapping/answer-to-disabled-item`: each answer must answer a known item, once, with the item's
 * type, and only when the item is asked. Only the first of these is reported per answer.
 */
export const answerItems: ResponseRule = (response, ctx) =>
  response.answers.flatMap((answer, position): RawFinding[] => {
    const { itemId } = answer;
    const entry = ctx.index.byId.get(itemId);
    if (entry === undefined) return [{ code: "mapping/unknown-item", path: ["answers", position, "itemId"], params: { itemId } }];
    if (ctx.resolved.first.get(itemId)?.position !== position) {
      return [{ code: "mapping/duplicate-answer", path: ["answers", position], params: { itemId } }];
    }
    if (answer.type !== entry.item.type) {
      return [{ code: "mapping/wrong-answer-type", path: ["answers", position, "type"], params: { itemId, expected: entry.item.type, actual: answer.type } }];
    }
    if (!ctx.resolved.enabled.has(itemId)) return [{ code: "mapping/answer-to-disabled-item", path: ["answers", position], params: { itemId } }];
    return [];
  });
