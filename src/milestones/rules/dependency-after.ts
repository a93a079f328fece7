import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { isOpen } from "../entries.js";
import { milestoneRule } from "./context.js";

/**
 * `milestones/dependency-after`: an open milestone whose deadline ends before the deadline of an
 * open milestone it depends on: it falls due while what it needs is not yet due.
 */
export const dependencyAfterRule = milestoneRule({
  codes: {
    "milestones/dependency-after": {
      severity: "warning",
      description: "An open milestone falls due before an open milestone it depends on: it is due while what it needs is not yet due.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} har frist {due}, før fristen {dependencyDue} for {dependsOn}, som den bygger på",
        nn: "Milepælen {id} har frist {due}, før fristen {dependencyDue} for {dependsOn}, som han byggjer på",
        en: "Milestone {id} is due {due}, before {dependsOn}, which it depends on, is due {dependencyDue}",
      },
    },
  },
  run: (_schedule, ctx) =>
    ctx.edges.flatMap(({ from, to, path }): RuleFinding<"milestones/dependency-after">[] =>
      isOpen(from.milestone) && isOpen(to.milestone) && from.due < to.due
        ? [
            {
              code: "milestones/dependency-after",
              path,
              params: { id: from.milestone.id, due: from.due, dependsOn: to.milestone.id, dependencyDue: to.due },
            },
          ]
        : [],
    ),
});
