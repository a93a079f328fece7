import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { milestoneRule } from "./context.js";

/** `milestones/done-in-future`: a `doneOn` after today. */
export const doneInFutureRule = milestoneRule({
  codes: {
    "milestones/done-in-future": {
      severity: "error",
      description: "A milestone is recorded as done on a day after today.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} er ført som nådd {date}, etter dagens dato",
        nn: "Milepælen {id} er ført som nådd {date}, etter dagens dato",
        en: "Milestone {id} is recorded as done on {date}, after today",
      },
    },
  },
  run: (_schedule, ctx) =>
    ctx.entries.flatMap(({ milestone, path }): RuleFinding<"milestones/done-in-future">[] =>
      milestone.doneOn !== undefined && milestone.doneOn > ctx.today
        ? [{ code: "milestones/done-in-future", path: [...path, "doneOn"], params: { id: milestone.id, date: milestone.doneOn } }]
        : [],
    ),
});
