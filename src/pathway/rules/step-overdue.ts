import type { RuleFinding } from "../../_lib/engine/rule.js";
import { addDays } from "../../core/dates/day-number.js";
import { deadlineDays } from "../definition.js";
import { PATHWAY_PRACTICE } from "./_basis.js";
import { OPEN, pathwayRule } from "./context.js";

/**
 * `pathway/step-overdue` (the pathway): on an open case, a step with a deadline relative to a
 * previous step was done after its due day, or is not done and today is past it. The due day is the
 * previous step's day plus the deadline's days (or weeks times seven); the due day itself is in time.
 */
export const stepOverdueRule = pathwayRule({
  codes: {
    "pathway/step-overdue": {
      severity: "warning",
      description: "On an open case, a step with a deadline relative to a previous step was done after its due day, or is not done and today is past it.",
      basis: PATHWAY_PRACTICE,
      messages: {
        nb: "Steget {stepId} skulle vært gjort innen {dueOn} (etter steget {after})",
        nn: "Steget {stepId} skulle vore gjort innan {dueOn} (etter steget {after})",
        en: "The step {stepId} was due by {dueOn} (after the step {after})",
      },
    },
  },
  statuses: OPEN,
  run: (_c, ctx) => {
    const found: RuleFinding<"pathway/step-overdue">[] = [];
    for (const step of ctx.stepsById.values()) {
      if (step.deadline === undefined) continue;
      const anchor = ctx.doneOn.get(step.deadline.after);
      if (anchor === undefined) continue;
      const dueOn = addDays(anchor, deadlineDays(step.deadline));
      const doneOn = ctx.doneOn.get(step.id);
      const params = { stepId: step.id, after: step.deadline.after, dueOn };
      if (doneOn === undefined) {
        if (ctx.today > dueOn) found.push({ code: "pathway/step-overdue", path: ["steps"], params });
      } else if (doneOn > dueOn) {
        found.push({ code: "pathway/step-overdue", path: ["steps", ctx.doneIndex.get(step.id) ?? 0, "doneOn"], params });
      }
    }
    return found;
  },
});
