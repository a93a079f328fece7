import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { milestoneRule } from "./context.js";

/** `milestones/empty-phase`: a phase with no milestones. */
export const emptyPhaseRule = milestoneRule({
  codes: {
    "milestones/empty-phase": {
      severity: "warning",
      description: "A phase of the milestone plan (milepælsplan) has no milestones.",
      basis: PRACTICE,
      messages: {
        nb: "Fasen {phase} har ingen milepæler",
        nn: "Fasen {phase} har ingen milepælar",
        en: "Phase {phase} has no milestones",
      },
    },
  },
  run: (schedule) =>
    schedule.phases.flatMap((phase, p): RuleFinding<"milestones/empty-phase">[] =>
      phase.milestones.length === 0
        ? [{ code: "milestones/empty-phase", path: ["phases", p, "milestones"], params: { phase: phase.id } }]
        : [],
    ),
});
