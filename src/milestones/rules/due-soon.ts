import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { daysBetween } from "../../core/dates/calendar-date.js";
import { milestoneState } from "../entries.js";
import { milestoneRule } from "./context.js";

/** `milestones/due-soon`: an open milestone due from today to the end of the due-soon window. */
export const dueSoonRule = milestoneRule({
  codes: {
    "milestones/due-soon": {
      severity: "info",
      description: "An open milestone falls due from today to the end of the due-soon window.",
      basis: PRACTICE,
      messages: {
        nb: "Milepælen {id} har frist {due} (om {days} dager)",
        nn: "Milepælen {id} har frist {due} (om {days} dagar)",
        en: "Milestone {id} is due {due} (in {days} days)",
      },
    },
  },
  run: (_schedule, ctx) =>
    ctx.entries.flatMap((entry): RuleFinding<"milestones/due-soon">[] =>
      milestoneState(entry, ctx.window) === "upcoming"
        ? [
            {
              code: "milestones/due-soon",
              path: [...entry.path, "deadline"],
              params: { id: entry.milestone.id, due: entry.due, days: daysBetween(ctx.today, entry.due) },
            },
          ]
        : [],
    ),
});
