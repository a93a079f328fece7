import type { RawFinding } from "../../_lib/findings.js";
import { isOpen } from "../entries.js";
import type { MilestoneRule } from "./context.js";

/**
 * `milestones/dependency-after`: an open milestone whose deadline ends before the deadline of an
 * open milestone it depends on: it falls due while what it needs is not yet due.
 */
export const dependencyAfter: MilestoneRule = (_schedule, ctx) =>
  ctx.edges.flatMap(({ from, to, path }): RawFinding[] =>
    isOpen(from.milestone) && isOpen(to.milestone) && from.due < to.due
      ? [
          {
            code: "milestones/dependency-after",
            path,
            params: { id: from.milestone.id, due: from.due, dependsOn: to.milestone.id, dependencyDue: to.due },
          },
        ]
      : [],
  );
