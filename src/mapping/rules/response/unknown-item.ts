import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { answerRule } from "./context.js";

type Code = "mapping/unknown-item" | "mapping/duplicate-answer" | "mapping/wrong-answer-type" | "mapping/answer-to-disabled-item";

/**
 * `mapping/unknown-item`, `mapping/duplicate-answer`, `mapping/wrong-answer-type` and
 * `mapping/answer-to-disabled-item`: each answer must answer a known item, once, with the item's
 * type, and only when the item is asked (its condition is met). Only the first of these is reported
 * per answer. Basis: good practice.
 */
export const unknownItemRule = answerRule({
  codes: {
    "mapping/unknown-item": {
      severity: "error",
      description: "An answer names an item the questionnaire does not have.",
      basis: PRACTICE,
      messages: {
        nb: "Skjemaet har ikke spørsmålet {itemId}",
        nn: "Skjemaet har ikkje spørsmålet {itemId}",
        en: "The questionnaire has no item {itemId}",
      },
    },
    "mapping/duplicate-answer": {
      severity: "error",
      description: "An item is answered more than once in the same response.",
      basis: PRACTICE,
      messages: {
        nb: "Spørsmål {itemId} er besvart mer enn én gang",
        nn: "Spørsmål {itemId} er svara på meir enn éin gong",
        en: "Item {itemId} is answered more than once",
      },
    },
    "mapping/wrong-answer-type": {
      severity: "error",
      description: "An answer does not have the type its item takes, such as text where a number belongs.",
      basis: PRACTICE,
      messages: {
        nb: "Spørsmål {itemId} skal ha svar av typen {expected}, ikke {actual}",
        nn: "Spørsmål {itemId} skal ha svar av typen {expected}, ikkje {actual}",
        en: "Item {itemId} takes an answer of type {expected}, not {actual}",
      },
    },
    "mapping/answer-to-disabled-item": {
      severity: "error",
      description: "An item is answered although its condition for being asked is not met.",
      basis: PRACTICE,
      messages: {
        nb: "Spørsmål {itemId} er besvart, men vilkåret for å stille det er ikke oppfylt",
        nn: "Spørsmål {itemId} er svara på, men vilkåret for å stille det er ikkje oppfylt",
        en: "Item {itemId} is answered, but the condition for asking it is not met",
      },
    },
  },
  run: (response, ctx) =>
    response.answers.flatMap((answer, position): RuleFinding<Code>[] => {
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
    }),
});
