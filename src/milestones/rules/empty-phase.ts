import type { RawFinding } from "../../_lib/findings.js";
import type { MilestoneRule } from "./context.js";

/** `milestones/empty-phase`: a phase with no milestones. */
export const emptyPhase: MilestoneRule = (schedule) =>
  schedule.phases.flatMap((phase, p): RawFinding[] =>
    phase.milestones.length === 0
      ? [{ code: "milestones/empty-phase", path: ["phases", p, "milestones"], params: { phase: phase.id } }]
      : [],
  );
