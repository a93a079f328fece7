import type { RawFinding } from "../../_lib/findings.js";
import type { MilestoneRule } from "./context.js";

/** `milestones/done-in-future`: a `doneOn` after today. */
export const doneInFuture: MilestoneRule = (_schedule, ctx) =>
  ctx.entries.flatMap(({ milestone, path }): RawFinding[] =>
    milestone.doneOn !== undefined && milestone.doneOn > ctx.today
      ? [{ code: "milestones/done-in-future", path: [...path, "doneOn"], params: { id: milestone.id, date: milestone.doneOn } }]
      : [],
  );
