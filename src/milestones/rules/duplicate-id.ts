import type { RawFinding } from "../../_lib/findings.js";
import type { MilestoneRule } from "./context.js";

/**
 * `milestones/duplicate-id`: a phase id used by an earlier phase, or a milestone id used by an
 * earlier milestone anywhere in the schedule; reported at each later use.
 */
export const duplicateId: MilestoneRule = (schedule, ctx) => {
  const phaseIds = new Set<string>();
  const phases = schedule.phases.flatMap((phase, p): RawFinding[] => {
    if (!phaseIds.has(phase.id)) {
      phaseIds.add(phase.id);
      return [];
    }
    return [{ code: "milestones/duplicate-id", path: ["phases", p, "id"], params: { id: phase.id } }];
  });
  const milestones = ctx.entries.flatMap((entry): RawFinding[] =>
    ctx.byId.get(entry.milestone.id) === entry
      ? []
      : [{ code: "milestones/duplicate-id", path: [...entry.path, "id"], params: { id: entry.milestone.id } }],
  );
  return [...phases, ...milestones];
};
