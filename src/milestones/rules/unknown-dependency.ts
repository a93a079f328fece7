import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { milestoneRule } from "./context.js";

/** `milestones/unknown-dependency`: a `dependsOn` id that no milestone in the schedule has. */
export const unknownDependencyRule = milestoneRule({
  codes: {
    "milestones/unknown-dependency": {
      severity: "error",
      description: "A milestone depends on an id that no milestone in the schedule has.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} bygger på {dependsOn}, som ikke finnes i planen",
        nn: "Milepælen {id} byggjer på {dependsOn}, som ikkje finst i planen",
        en: "Milestone {id} depends on {dependsOn}, which is not in the schedule",
      },
    },
  },
  run: (_schedule, ctx) =>
    ctx.entries.flatMap(({ milestone, path }) =>
      (milestone.dependsOn ?? []).flatMap((dependsOn, k): RuleFinding<"milestones/unknown-dependency">[] =>
        ctx.byId.has(dependsOn)
          ? []
          : [{ code: "milestones/unknown-dependency", path: [...path, "dependsOn", k], params: { id: milestone.id, dependsOn } }],
      ),
    ),
});
