import { ownOption, requireOptions } from "../../_lib/options.js";
import { type CalendarDate, resolveToday } from "./calendar-date.js";
import { dayNumber } from "./day-number.js";
import type { Deadline } from "./deadline.js";
import { resolveDone } from "./deadline-state.js";
import { requireDeadline } from "./_deadline-guard.js";
import { deadlineDayState } from "./_deadline-state.js";

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
 * day of work in it. The `overdue` of {@link deadlineState}, the one classifier every concept uses.
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
  const today = dayNumber(resolveToday(ownOption(options, "today")));
  const done = resolveDone(ownOption(options, "done"), "isOverdue");
  requireDeadline(deadline, "isOverdue");
  return deadlineDayState(deadline, today, 0, undefined, done).overdue;
}
