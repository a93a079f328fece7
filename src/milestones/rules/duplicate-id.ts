import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { milestoneRule } from "./context.js";

/**
 * `milestones/duplicate-id`: a phase id used by an earlier phase, or a milestone id used by an
 * earlier milestone anywhere in the schedule; reported at each later use.
 */
export const duplicateIdRule = milestoneRule({
  codes: {
    "milestones/duplicate-id": {
      severity: "error",
      description: "A phase id or milestone id is already used earlier in the schedule; reported at each later use.",
      basis: PRACTICE,
      messages: {
        nb: "ID-en {id} er brukt mer enn én gang",
        nn: "ID-en {id} er brukt meir enn éin gong",
        en: "The id {id} is used more than once",
      },
    },
  },
  run: (schedule, ctx) => {
    const phaseIds = new Set<string>();
    const phases = schedule.phases.flatMap((phase, p): RuleFinding<"milestones/duplicate-id">[] => {
      if (!phaseIds.has(phase.id)) {
        phaseIds.add(phase.id);
        return [];
      }
      return [{ code: "milestones/duplicate-id", path: ["phases", p, "id"], params: { id: phase.id } }];
    });
    const milestones = ctx.entries.flatMap((entry): RuleFinding<"milestones/duplicate-id">[] =>
      ctx.byId.get(entry.milestone.id) === entry
        ? []
        : [{ code: "milestones/duplicate-id", path: [...entry.path, "id"], params: { id: entry.milestone.id } }],
    );
    return [...phases, ...milestones];
  },
});
