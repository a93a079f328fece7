import type { RawFinding } from "../../_lib/findings.js";
import type { MilestoneRule } from "./context.js";

/** `milestones/unknown-dependency`: a `dependsOn` id that no milestone in the schedule has. */
export const unknownDependency: MilestoneRule = (_schedule, ctx) =>
  ctx.entries.flatMap(({ milestone, path }) =>
    (milestone.dependsOn ?? []).flatMap((dependsOn, k): RawFinding[] =>
      ctx.byId.has(dependsOn)
        ? []
        : [{ code: "milestones/unknown-dependency", path: [...path, "dependsOn", k], params: { id: milestone.id, dependsOn } }],
    ),
  );
