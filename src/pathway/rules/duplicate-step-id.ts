import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { definitionRule } from "./context.js";

/** `pathway/duplicate-step-id` (practice): two steps of a pathway definition have the same id; every one after the first is reported. */
export const duplicateStepIdRule = definitionRule({
  codes: {
    "pathway/duplicate-step-id": {
      severity: "error",
      description: "Two steps of a pathway definition have the same id; every one after the first is reported.",
      basis: PRACTICE,
      messages: {
        nb: "Steg-id-en {stepId} brukes av mer enn ett steg i forløpet",
        nn: "Steg-id-en {stepId} blir brukt av meir enn eitt steg i forløpet",
        en: "The step id {stepId} is used by more than one step of the pathway",
      },
    },
  },
  run: (_d, ctx) => {
    const found: RuleFinding<"pathway/duplicate-step-id">[] = [];
    for (const [stepId, indexes] of ctx.indexesById) {
      for (let k = 1; k < indexes.length; k++) found.push({ code: "pathway/duplicate-step-id", path: ["steps", indexes[k] ?? 0, "id"], params: { stepId } });
    }
    return found;
  },
});
