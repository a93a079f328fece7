import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { milestoneRule } from "./context.js";

/**
 * `milestones/dependency-not-done`: a milestone marked done while a milestone it depends on is not
 * done (a cancelled one does not hold it back), or was done on a later day.
 */
export const dependencyNotDoneRule = milestoneRule({
  codes: {
    "milestones/dependency-not-done": {
      severity: "warning",
      description: "A milestone is marked done while a milestone it depends on is not done (a cancelled one does not hold it back), or was done on a later day.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} er ført som nådd før {dependsOn}, som den bygger på",
        nn: "Milepælen {id} er ført som nådd før {dependsOn}, som han byggjer på",
        en: "Milestone {id} is marked done before {dependsOn}, which it depends on",
      },
    },
  },
  run: (_schedule, ctx) =>
    ctx.edges.flatMap(({ from, to, path }): RuleFinding<"milestones/dependency-not-done">[] => {
      if (from.milestone.status !== "done" || to.milestone.status === "cancelled") return [];
      const doneLater =
        to.milestone.status === "done" &&
        from.milestone.doneOn !== undefined &&
        to.milestone.doneOn !== undefined &&
        to.milestone.doneOn > from.milestone.doneOn;
      if (to.milestone.status === "done" && !doneLater) return [];
      return [{ code: "milestones/dependency-not-done", path, params: { id: from.milestone.id, dependsOn: to.milestone.id } }];
    }),
});
