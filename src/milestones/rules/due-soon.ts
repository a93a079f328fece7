import type { RawFinding } from "../../_lib/findings.js";
import { daysBetween } from "../../core/dates/calendar-date.js";
import { milestoneState } from "../entries.js";
import type { MilestoneRule } from "./context.js";

/** `milestones/due-soon`: an open milestone due from today to the end of the due-soon window. */
export const dueSoon: MilestoneRule = (_schedule, ctx) =>
  ctx.entries.flatMap((entry): RawFinding[] =>
    milestoneState(entry, ctx.window) === "upcoming"
      ? [
          {
            code: "milestones/due-soon",
            path: [...entry.path, "deadline"],
            params: { id: entry.milestone.id, due: entry.due, days: daysBetween(ctx.today, entry.due) },
          },
        ]
      : [],
  );
