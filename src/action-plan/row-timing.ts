// Internal: where each row stands on `today`, worked out once per check and shared by the rules
// and by actionPlanProgress.
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { dateOfDay, dayNumber } from "../core/dates/day-number.js";
import { startOfDeadline } from "../core/dates/deadline-end.js";
import type { Period } from "../core/dates/recurrence.js";
import { deadlineDayState } from "../core/dates/_deadline-state.js";
import { missedPeriods } from "../core/dates/_recurrence-state.js";
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

/** The timing of one row, by the one classifier ({@link deadlineDayState}) on the window's day numbers. */
export function rowTiming(row: ActionPlanRow, window: DueWindow, since: CalendarDate | undefined): RowTiming {
  if (row.status === "done" || row.status === "cancelled") return { kind: "settled" };
  const deadline = row.deadline;
  if (deadline === undefined) return { kind: "undated" };
  const today = window.todayDay;
  if (deadline.kind === "recurrence") {
    const done = (row.carriedOut ?? []).map(dayNumber);
    const sinceDay = since === undefined ? undefined : dayNumber(since);
    const state = deadlineDayState(deadline, today, window.dueSoonDays, undefined, done);
    // Only the most recent missed period is listed; the count is arithmetic, however far back `since` lies.
    const { missed, missedCount } = state.recurrence
      ? missedPeriods(deadline, state.recurrence, { today, done, since: sinceDay, maxMissed: 1 })
      : { missed: [], missedCount: 0 };
    const last = missed.at(-1);
    return {
      kind: "recurring",
      lastMissed: last === undefined ? undefined : { start: dateOfDay(last.start), end: dateOfDay(last.end) },
      missedCount,
      nextDue: dateOfDay(state.due),
      dueSoon: state.dueSoon,
    };
  }
  const state = deadlineDayState(deadline, today, window.dueSoonDays, undefined, false);
  return { kind: "one-off", due: dateOfDay(state.due), overdue: state.overdue, dueSoon: state.dueSoon };
}

/** The timing of every row, in row order. */
export function rowTimings(plan: ActionPlan, window: DueWindow): readonly RowTiming[] {
  const since = actionPlanStart(plan);
  return plan.rows.map((row) => rowTiming(row, window, since));
}
