import { resolveDueSoonDays } from "../../_lib/due-window.js";
import { describeValue, ownOption, requireOptions, resolveTodayOption } from "../../_lib/options.js";
import { type CalendarDate, isCalendarDate } from "./calendar-date.js";
import { dateOfDay, dayNumber } from "./day-number.js";
import type { Deadline } from "./deadline.js";
import { requireDeadline } from "./_deadline-guard.js";
import { type DeadlineStateKind, deadlineDayState, type DoneDays } from "./_deadline-state.js";

export type { DeadlineStateKind } from "./_deadline-state.js";

/**
 * Options for {@link deadlineState}.
 *
 * @example
 * const options: DeadlineStateOptions = { today: "2025-10-01", dueSoonDays: 14, since: "2025-01-06", done: ["2025-09-10"] };
 */
export interface DeadlineStateOptions {
  /** The day to judge the deadline on, as an ISO date or a `Date` (its local calendar date). */
  readonly today: string | Date;
  /** How many days ahead a deadline counts as due soon: 14 when left out, a whole number from 0 to 3660. */
  readonly dueSoonDays?: number;
  /** The day counting starts (oppstart): a recurrence's period that ends before it is never overdue or due. */
  readonly since?: CalendarDate;
  /**
   * Whether the work is done: `true`/`false`, or the days it was carried out. For a one-off deadline
   * any day counts as done; for a recurrence only days inside a period meet that period, and `true`
   * means the recurring work has ended for good.
   */
  readonly done?: boolean | readonly CalendarDate[];
}

/**
 * Where a deadline (frist) stands on a day: {@link deadlineState}'s answer.
 *
 * @example
 * const state: DeadlineState = { state: "due-soon", overdue: false, dueSoon: true, due: "2025-10-15", days: 14 };
 */
export interface DeadlineState {
  /** `done`, `overdue`, `due-soon` or `open`; a recurrence both overdue and due soon is `overdue`. */
  readonly state: DeadlineStateKind;
  /** Whether a due day passed without the work (for a recurrence: its previous period was missed). */
  readonly overdue: boolean;
  /** Whether the next due day is from today through `dueSoonDays` ahead, the work not done. */
  readonly dueSoon: boolean;
  /** The next day the work is due by: a one-off deadline's last day, a recurrence's next due day. */
  readonly due: CalendarDate;
  /** Days from today to `due`: 0 when due today, negative once it has passed. */
  readonly days: number;
  /** When overdue, the due day that passed: a one-off deadline's last day, a recurrence's previous period's end. */
  readonly missed?: CalendarDate;
}

/**
 * Tells where a deadline (frist) stands on a day: overdue, due soon, open or done. The one
 * classifier behind {@link isOverdue} and every concept's overdue and due-soon findings.
 *
 * A one-off deadline is overdue after its last day ({@link deadlineEnd}) and due soon from today
 * through `dueSoonDays` ahead, both days included. A recurrence is overdue when its previous period
 * had no day of work in it, and due soon when its next due day ({@link nextDue}) is in the window;
 * with `since`, a period that ends before it is neither. Day numbers throughout: the same answer in
 * every time zone.
 *
 * @param deadline - The deadline, of any precision.
 * @param options - `today`, `dueSoonDays` (14 by default), `since`, and `done`.
 * @returns The {@link DeadlineState}.
 * @throws TypeError when `deadline` is not a {@link Deadline}, `options` is not an object, or
 *   `today`, `dueSoonDays` or `done` has the wrong type; RangeError when `today`, `since` or a day of `done` is
 *   not a valid date, or `dueSoonDays` is not a whole number from 0 to 3660.
 *
 * @example
 * deadlineState({ kind: "date", date: "2025-10-15" }, { today: "2025-10-01" }).state
 * //=> "due-soon"
 * deadlineState({ kind: "date", date: "2025-10-16" }, { today: "2025-10-01" })
 * //=> { state: "open", overdue: false, dueSoon: false, due: "2025-10-16", days: 15 }
 * deadlineState({ kind: "month", month: "2025-09" }, { today: "2025-10-01", done: false }).missed
 * //=> "2025-09-30"
 */
export function deadlineState(deadline: Deadline, options: DeadlineStateOptions): DeadlineState {
  requireOptions(options, "deadlineState");
  const day = dayNumber(resolveTodayOption(options));
  const dueSoonDays = resolveDueSoonDays(options, "deadlineState");
  const since = ownOption(options, "since");
  if (since !== undefined && !isCalendarDate(since)) {
    throw new RangeError(`deadlineState: options.since must be an ISO date (YYYY-MM-DD), got ${describeValue(since)}`);
  }
  const done = resolveDone(ownOption(options, "done"), "deadlineState");
  requireDeadline(deadline, "deadlineState");
  const state = deadlineDayState(deadline, day, dueSoonDays, since === undefined ? undefined : dayNumber(since), done);
  return {
    state: state.state,
    overdue: state.overdue,
    dueSoon: state.dueSoon,
    due: dateOfDay(state.due),
    days: state.due - day,
    ...(state.missed === undefined ? {} : { missed: dateOfDay(state.missed) }),
  };
}

/**
 * Reads `done`: a flag, or ISO dates turned into day numbers.
 *
 * @throws TypeError when it is neither a boolean nor an array; RangeError when a day is not an ISO date.
 */
export function resolveDone(done: unknown, fn: string): DoneDays {
  if (done === undefined) return false;
  if (typeof done === "boolean") return done;
  if (!Array.isArray(done)) throw new TypeError(`${fn}: options.done must be a boolean or an array of ISO dates, got ${describeValue(done)}`);
  return done.map((day: unknown, index: number) => {
    if (!isCalendarDate(day)) throw new RangeError(`${fn}: options.done[${index}] must be an ISO date (YYYY-MM-DD), got ${describeValue(day)}`);
    return dayNumber(day);
  });
}
