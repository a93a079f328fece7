import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PATHWAY_PRACTICE } from "./_basis.js";
import { pathwayRule } from "./context.js";

/**
 * `pathway/step-before-precondition` (the pathway): a step was done before a step that must come
 * first was done (the same day counts as in order). A referral's missing family meeting is left to
 * `pathway/referral-without-family-meeting`, so the two do not say the same thing twice.
 */
export const stepBeforePreconditionRule = pathwayRule({
  codes: {
    "pathway/step-before-precondition": {
      severity: "error",
      description: "A step was done before a step that must come first was done; the same day counts as in order.",
      basis: PATHWAY_PRACTICE,
      messages: {
        nb: "Steget {stepId} ble gjort {doneOn}, før steget {precondition} som skal komme først",
        nn: "Steget {stepId} vart gjort {doneOn}, før steget {precondition} som skal kome først",
        en: "The step {stepId} was done on {doneOn}, before the step {precondition} that must come first",
      },
    },
  },
  run: (c, ctx) => {
    const found: RuleFinding<"pathway/step-before-precondition">[] = [];
    for (const [i, record] of (c.steps ?? []).entries()) {
      const step = ctx.stepsById.get(record.stepId);
      if (step === undefined) continue;
      for (const precondition of step.after ?? []) {
        if (step.type === "referral" && ctx.stepsById.get(precondition)?.type === "family-meeting") continue;
        const before = ctx.doneOn.get(precondition);
        if (before !== undefined && before <= record.doneOn) continue;
        found.push({ code: "pathway/step-before-precondition", path: ["steps", i, "doneOn"], params: { stepId: record.stepId, doneOn: record.doneOn, precondition } });
      }
    }
    return found;
  },
});
