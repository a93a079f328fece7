import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import { unansweredRequired } from "./_required.js";
import { answerRule } from "./context.js";

/**
 * `mapping/required-unanswered`: a `completed` response leaves a required item unanswered while
 * the item is asked (its condition is met). Reported at `answers`. Basis: good practice.
 */
export const requiredUnansweredRule = answerRule({
  codes: {
    "mapping/required-unanswered": {
      severity: "error",
      description: "A response marked completed leaves a required item unanswered while the item is asked.",
      basis: PRACTICE,
      messages: {
        nb: "Kartleggingen er markert som fullført, men spørsmål {itemId} er ikke besvart",
        nn: "Kartlegginga er merkt som fullført, men spørsmål {itemId} er ikkje svara på",
        en: "The mapping is marked completed, but item {itemId} is unanswered",
      },
    },
  },
  statuses: ["completed"],
  run: (_response, ctx) =>
    unansweredRequired(ctx).map(({ path, params }): RuleFinding<"mapping/required-unanswered"> => ({ code: "mapping/required-unanswered", path, params })),
});
