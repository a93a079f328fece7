import type { RawFinding } from "../../_lib/findings.js";
import type { MilestoneRule } from "./context.js";

/**
 * `milestones/dependency-not-done`: a milestone marked done while a milestone it depends on is not
 * done (a cancelled one does not hold it back), or was done on a later day.
 */
export const dependencyNotDone: MilestoneRule = (_schedule, ctx) =>
  ctx.edges.flatMap(({ from, to, path }): RawFinding[] => {
    if (from.milestone.status !== "done" || to.milestone.status === "cancelled") return [];
    const doneLater =
      to.milestone.status === "done" &&
      from.milestone.doneOn !== undefined &&
      to.milestone.doneOn !== undefined &&
      to.milestone.doneOn > from.milestone.doneOn;
    if (to.milestone.status === "done" && !doneLater) return [];
    return [{ code: "milestones/dependency-not-done", path, params: { id: from.milestone.id, dependsOn: to.milestone.id } }];
  });
