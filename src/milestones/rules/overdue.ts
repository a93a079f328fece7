import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { milestoneState } from "../entries.js";
import { milestoneRule } from "./context.js";

/** `milestones/overdue`: an open milestone whose deadline's last day is before today. */
export const overdueRule = milestoneRule({
  codes: {
    "milestones/overdue": {
      severity: "warning",
      description: "An open milestone's deadline has its last day before today.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} skulle vært nådd innen {due}",
        nn: "Milepælen {id} skulle vore nådd innan {due}",
        en: "Milestone {id} was due by {due}",
      },
    },
  },
  run: (_schedule, ctx) =>
    ctx.entries.flatMap((entry): RuleFinding<"milestones/overdue">[] =>
      milestoneState(entry, ctx.window) === "overdue"
        ? [{ code: "milestones/overdue", path: [...entry.path, "deadline"], params: { id: entry.milestone.id, due: entry.due } }]
        : [],
    ),
});
