import { describeValue, ownOption, requireOptions } from "../../_lib/options.js";
import { type CalendarDate, isCalendarDate, resolveToday } from "./calendar-date.js";
import type { Deadline } from "./deadline.js";
import { endOfDeadline } from "./deadline-end.js";
import { requireDeadline } from "./_deadline-guard.js";
import { recurrenceStatus } from "./recurrence.js";

/**
 * Options for {@link isOverdue}.
 *
 * @example
 * const options: OverdueOptions = { today: "2012-12-01", done: false };
 */
export interface OverdueOptions {
  /** The date to measure against, as an ISO date or a `Date`. */
  readonly today: string | Date;
  /**
   * Whether the work is done: `true`/`false`, or the days it was carried out. For a one-off
   * deadline any day counts as done; for a recurrence only days inside a period meet that period,
   * and `true` means the recurring work has ended for good.
   */
  readonly done?: boolean | readonly CalendarDate[];
}

/**
 * Tells whether a deadline (frist) has passed without the work being done.
 *
 * A one-off deadline is overdue when its last allowed day ({@link deadlineEnd}) is before today and
 * the work is not done. A recurrence is overdue when the most recent period that has ended had no
 * day of work in it.
 *
 * @param deadline - The deadline, of any precision.
 * @param options - `today`, and `done` as a flag or the days the work was carried out.
 * @returns true when the deadline has passed without the work being done.
 * @throws TypeError when `deadline` is not a {@link Deadline}, `options` is not an object or `done` is neither a boolean nor an array;
 *   RangeError when `today` or a day of `done` is not a valid date.
 *
 * @example
 * isOverdue({ kind: "month", month: "2012-03" }, { today: "2012-04-02", done: false })
 * //=> true
 * isOverdue({ kind: "month", month: "2012-03" }, { today: "2012-03-31" })
 * //=> false
 * isOverdue({ kind: "recurrence", frequency: "times-per-year", times: 2 }, { today: "2013-07-02", done: ["2013-03-01"] })
 * //=> false
 */
export function isOverdue(deadline: Deadline, options: OverdueOptions): boolean {
  requireOptions(options, "isOverdue");
  const today = resolveToday(ownOption(options, "today"));
  const done = resolveDone(ownOption(options, "done"));
  requireDeadline(deadline, "isOverdue");
  if (deadline.kind === "recurrence") {
    if (typeof done === "boolean") return done ? false : recurrenceStatus(deadline, { today }).previousPeriod !== undefined;
    const status = recurrenceStatus(deadline, { today, done });
    return status.previousPeriod !== undefined && !status.metPrevious;
  }
  const isDone = typeof done === "boolean" ? done : done.length > 0;
  return !isDone && endOfDeadline(deadline) < today;
}

function resolveDone(done: unknown): boolean | readonly CalendarDate[] {
  if (done === undefined) return false;
  if (typeof done === "boolean") return done;
  if (!Array.isArray(done)) throw new TypeError(`isOverdue: options.done must be a boolean or an array of ISO dates, got ${describeValue(done)}`);
  return done.map((day: unknown, index: number) => {
    if (!isCalendarDate(day)) throw new RangeError(`isOverdue: options.done[${index}] must be an ISO date (YYYY-MM-DD), got ${describeValue(day)}`);
    return day;
  });
}
