import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { definitionRule } from "./context.js";

/** `pathway/unknown-step-reference` (practice): a step's precondition (`after`) or deadline names no step of the pathway. */
export const unknownStepReferenceRule = definitionRule({
  codes: {
    "pathway/unknown-step-reference": {
      severity: "error",
      description: "A step's precondition or deadline names a step the pathway does not have.",
      basis: PRACTICE,
      messages: {
        nb: "Steget {stepId} viser til steget {reference}, som ikke finnes i forløpet",
        nn: "Steget {stepId} viser til steget {reference}, som ikkje finst i forløpet",
        en: "The step {stepId} refers to the step {reference}, which is not in the pathway",
      },
    },
  },
  run: (d, ctx) => {
    const found: RuleFinding<"pathway/unknown-step-reference">[] = [];
    for (const [i, step] of d.steps.entries()) {
      for (const [j, reference] of (step.after ?? []).entries()) {
        if (!ctx.indexesById.has(reference)) found.push({ code: "pathway/unknown-step-reference", path: ["steps", i, "after", j], params: { stepId: step.id, reference } });
      }
      const anchor = step.deadline?.after;
      if (anchor !== undefined && !ctx.indexesById.has(anchor)) {
        found.push({ code: "pathway/unknown-step-reference", path: ["steps", i, "deadline", "after"], params: { stepId: step.id, reference: anchor } });
      }
    }
    return found;
  },
});
