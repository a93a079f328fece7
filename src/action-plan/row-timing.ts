// Internal: where each row stands on `today`, worked out once per check and shared by the rules
// and by actionPlanProgress.
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { endOfDeadline, startOfDeadline } from "../core/dates/deadline-end.js";
import { type Period, recurrenceStatus } from "../core/dates/recurrence.js";
import type { DueWindow } from "../_lib/due-window.js";
import type { ActionPlan, ActionPlanRow } from "./schema.js";

/** Where one row stands: settled (done or cancelled), undated, one-off or recurring. */
export type RowTiming =
  | { readonly kind: "settled" }
  | { readonly kind: "undated" }
  | { readonly kind: "one-off"; readonly due: CalendarDate; readonly overdue: boolean; readonly dueSoon: boolean }
  | {
      readonly kind: "recurring";
      /** The most recent missed period, if any. */
      readonly lastMissed: Period | undefined;
      /** How many periods were missed, all of them counted. */
      readonly missedCount: number;
      readonly nextDue: CalendarDate;
      readonly dueSoon: boolean;
    };

/**
 * The day an action plan starts: the later of its period's first day and the day it was signed.
 * Periods of a recurring row that ended before this day are not counted as missed.
 */
export function actionPlanStart(plan: ActionPlan): CalendarDate | undefined {
  const periodStart = plan.period === undefined ? undefined : startOfDeadline(plan.period);
  const signedOn = plan.signed?.on;
  if (periodStart === undefined) return signedOn;
  return signedOn === undefined || periodStart > signedOn ? periodStart : signedOn;
}

/** The timing of one row. */
export function rowTiming(row: ActionPlanRow, window: DueWindow, since: CalendarDate | undefined): RowTiming {
  if (row.status === "done" || row.status === "cancelled") return { kind: "settled" };
  const deadline = row.deadline;
  if (deadline === undefined) return { kind: "undated" };
  if (deadline.kind === "recurrence") {
    const status = recurrenceStatus(deadline, {
      today: window.today,
      done: row.carriedOut ?? [],
      maxMissed: 1,
      ...(since === undefined ? {} : { since }),
    });
    return {
      kind: "recurring",
      lastMissed: status.missed.at(-1),
      missedCount: status.missedCount,
      nextDue: status.nextDue,
      dueSoon: status.nextDue <= window.until,
    };
  }
  const due = endOfDeadline(deadline);
  return { kind: "one-off", due, overdue: due < window.today, dueSoon: due >= window.today && due <= window.until };
}

/** The timing of every row, in row order. */
export function rowTimings(plan: ActionPlan, window: DueWindow): readonly RowTiming[] {
  const since = actionPlanStart(plan);
  return plan.rows.map((row) => rowTiming(row, window, since));
}
