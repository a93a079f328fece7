import { describeValue } from "../../_lib/options.js";
import { type CalendarDate, isCalendarDate } from "./calendar-date.js";
import type { Recurrence } from "./deadline.js";
import { dateOfDay, dayNumber } from "./day-number.js";
import type { DayPeriod } from "./_periods.js";
import { containing, missedPeriods, recurrenceState } from "./_recurrence-state.js";
import { requireRecurrence, type ResolvedRecurrenceOptions, resolveRecurrenceOptions } from "./_recurrence-options.js";

/**
 * One period of a recurrence (periode): the work is due by `end`, and counts when done on a day
 * from `start` to `end`, both included.
 *
 * @example
 * const firstHalf: Period = { start: "2013-01-01", end: "2013-06-30" };
 */
export interface Period {
  /** The first day of the period. */
  readonly start: CalendarDate;
  /** The last day of the period: its due date. */
  readonly end: CalendarDate;
}

/**
 * Options for the recurrence functions.
 *
 * @example
 * const options: RecurrenceOptions = { today: "2013-06-01", done: ["2013-04-20"], since: "2012-10-22" };
 */
export interface RecurrenceOptions {
  /** The date to measure against, as an ISO date or a `Date`. */
  readonly today: string | Date;
  /** The days the recurring work was carried out, as ISO dates. */
  readonly done?: readonly CalendarDate[];
  /**
   * The day counting starts (oppstart), e.g. the day a plan or measure began. No period that ended
   * before it counts as missed, and the period it falls in counts from it. The later of `since` and
   * the recurrence's `starts` is used; with neither, only the previous period can be missed.
   */
  readonly since?: CalendarDate;
  /** How many missed periods to list at most, the most recent ones (default 100, 0 to 10 000); `missedCount` counts them all. */
  readonly maxMissed?: number;
}

/**
 * Where a recurrence stands on a given day.
 *
 * @example
 * const status: RecurrenceStatus = {
 *   currentPeriod: { start: "2013-05-02", end: "2014-05-01" },
 *   metCurrent: false,
 *   nextDue: "2014-05-01",
 *   previousPeriod: { start: "2012-05-02", end: "2013-05-01" },
 *   metPrevious: false,
 *   missed: [{ start: "2012-10-22", end: "2013-05-01" }],
 *   missedCount: 1,
 * };
 */
export interface RecurrenceStatus {
  /** The period today falls in (or the first period, before the recurrence starts). */
  readonly currentPeriod: Period;
  /** Whether the work was done within the current period. */
  readonly metCurrent: boolean;
  /** The next due date: the current period's end, or the next period's end when the current one is met. */
  readonly nextDue: CalendarDate;
  /** The most recent period that has ended, unless none has since the recurrence started. */
  readonly previousPeriod?: Period;
  /** Whether the work was done within the previous period; false when there is none. */
  readonly metPrevious: boolean;
  /**
   * Ended periods since `since` (or `starts`, or else only the previous period) with no work done,
   * oldest first: the most recent `maxMissed` of them.
   */
  readonly missed: readonly Period[];
  /** How many ended periods since `since` (or `starts`, or else the previous period) had no work done: all of them. */
  readonly missedCount: number;
}

/**
 * The period of a recurrence that contains a day, cut at the recurrence's `starts`. Constant work
 * for any date.
 *
 * @param recurrence - The recurrence.
 * @param date - Any ISO date.
 * @returns The period containing `date`; before `starts`, the first period.
 * @throws TypeError when `recurrence` is not a {@link Recurrence}; RangeError when `date` is not an ISO date.
 *
 * @example
 * periodContaining({ kind: "recurrence", frequency: "times-per-year", times: 2 }, "2013-08-15")
 * //=> { start: "2013-07-01", end: "2013-12-31" }
 * periodContaining({ kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 }, "2013-06-01")
 * //=> { start: "2013-05-02", end: "2014-05-01" }
 */
export function periodContaining(recurrence: Recurrence, date: CalendarDate): Period {
  requireRecurrence(recurrence, "periodContaining");
  if (!isCalendarDate(date)) throw new RangeError(`periodContaining: date must be an ISO date (YYYY-MM-DD), got ${describeValue(date)}`);
  return toPeriod(containing(recurrence, dayNumber(date)));
}

/**
 * Where a recurring deadline stands on a day: the current period, the next due date, and the
 * periods that ended without the work being done.
 *
 * Counting starts at `since` (the plan's or the measure's start) or the recurrence's `starts`,
 * whichever is later: a period that ended before it is never missed, and the period it falls in
 * runs from it. The state (current and previous period, met or not, next due date) is constant work
 * in how far back that start lies: periods are found by arithmetic, never by walking from the start.
 * The list of missed periods is the only part that grows, and it is bounded: at most `maxMissed` +
 * `done.length` periods are looked at (`maxMissed: 0` lists none and still counts them).
 *
 * @param recurrence - The recurrence, such as "to gonger i året".
 * @param options - `today`, the days the work was `done`, `since` to count missed periods from, and `maxMissed`.
 * @returns The {@link RecurrenceStatus}.
 * @throws TypeError when `recurrence` is not a {@link Recurrence}, `options` is not an object or
 *   `done` is not an array; RangeError naming the option when `today`, `since` or a day of `done` is
 *   not a valid date, or `maxMissed` is not a whole number from 0 to 10 000.
 *
 * @example
 * recurrenceStatus(
 *   { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 },
 *   { today: "2013-06-01", done: [], since: "2012-10-22" },
 * ).missed
 * //=> [{ start: "2012-10-22", end: "2013-05-01" }]
 */
export function recurrenceStatus(recurrence: Recurrence, options: RecurrenceOptions): RecurrenceStatus {
  requireRecurrence(recurrence, "recurrenceStatus");
  return statusOf(recurrence, resolveRecurrenceOptions(options, "recurrenceStatus"));
}

function statusOf(recurrence: Recurrence, options: ResolvedRecurrenceOptions): RecurrenceStatus {
  const state = recurrenceState(recurrence, options.today, options.done);
  const { missed, missedCount } = missedPeriods(recurrence, state, options);
  return {
    currentPeriod: toPeriod(state.current),
    metCurrent: state.metCurrent,
    nextDue: dateOfDay(state.nextDue),
    ...(state.previous === undefined ? {} : { previousPeriod: toPeriod(state.previous) }),
    metPrevious: state.metPrevious,
    missed: missed.map(toPeriod),
    missedCount,
  };
}

/**
 * The next due date of a recurrence: the end of the current period, or of the next one when the
 * work is already done in the current period.
 *
 * @param recurrence - The recurrence.
 * @param options - `today` and the days the work was `done`.
 * @returns The next due date.
 * @throws TypeError or RangeError for a bad recurrence or option, as {@link recurrenceStatus}.
 *
 * @example
 * nextDue({ kind: "recurrence", frequency: "every", interval: 1, unit: "month" }, { today: "2013-02-10", done: ["2013-02-03"] })
 * //=> "2013-03-31"
 */
export function nextDue(recurrence: Recurrence, options: RecurrenceOptions): CalendarDate {
  requireRecurrence(recurrence, "nextDue");
  const { today, done } = resolveRecurrenceOptions(options, "nextDue");
  return dateOfDay(recurrenceState(recurrence, today, done).nextDue);
}

/**
 * The period of a recurrence that today falls in.
 *
 * @param recurrence - The recurrence.
 * @param options - `today`.
 * @returns The current period.
 * @throws TypeError or RangeError for a bad recurrence or `today`, as {@link recurrenceStatus}.
 *
 * @example
 * currentPeriod({ kind: "recurrence", frequency: "every", interval: 1, unit: "week" }, { today: "2026-11-26" })
 * //=> { start: "2026-11-23", end: "2026-11-29" }
 */
export function currentPeriod(recurrence: Recurrence, options: Pick<RecurrenceOptions, "today">): Period {
  requireRecurrence(recurrence, "currentPeriod");
  return toPeriod(containing(recurrence, resolveRecurrenceOptions(options, "currentPeriod").today));
}

function toPeriod(period: DayPeriod): Period {
  return { start: dateOfDay(period.start), end: dateOfDay(period.end) };
}
