import { PRACTICE } from "../../core/findings/basis.js";
import type { RuleFinding } from "../../_lib/engine/rule.js";
import { pathwayRule } from "./context.js";

/** `pathway/unknown-step` (practice): a step done on the case is not a step of its pathway. */
export const unknownStepRule = pathwayRule({
  codes: {
    "pathway/unknown-step": {
      severity: "error",
      description: "A step done on the case is not a step of its pathway.",
      basis: PRACTICE,
      messages: {
        nb: "Steget {stepId} finnes ikke i forløpet",
        nn: "Steget {stepId} finst ikkje i forløpet",
        en: "The step {stepId} is not in the pathway",
      },
    },
  },
  run: (c, ctx) => {
    if (ctx.pathway === undefined) return [];
    const found: RuleFinding<"pathway/unknown-step">[] = [];
    for (const [i, record] of (c.steps ?? []).entries()) {
      if (!ctx.stepsById.has(record.stepId)) found.push({ code: "pathway/unknown-step", path: ["steps", i, "stepId"], params: { stepId: record.stepId } });
    }
    return found;
  },
});
