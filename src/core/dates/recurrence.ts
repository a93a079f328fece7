import { addDays, addMonths, differenceInCalendarDays, getDayOfYear, isLeapYear } from "date-fns";
import { type CalendarDate, daysInMonth, fromDate, localDate, resolveToday, toDate } from "./calendar-date.js";
import type { Recurrence } from "./deadline.js";

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
  /** The days the recurring work was carried out. */
  readonly done?: readonly CalendarDate[];
  /** The first day to look for missed periods from; defaults to the recurrence's `starts`. */
  readonly since?: CalendarDate;
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
  /** Ended periods since `since` (or `starts`, or else only the previous period) with no work done. */
  readonly missed: readonly Period[];
}

/**
 * The period of a recurrence that contains a day, cut at the recurrence's `starts`.
 *
 * @param recurrence - The recurrence.
 * @param date - Any ISO date.
 * @returns The period containing `date`; before `starts`, the first period.
 *
 * @example
 * periodContaining({ kind: "recurrence", frequency: "times-per-year", times: 2 }, "2013-08-15")
 * //=> { start: "2013-07-01", end: "2013-12-31" }
 * periodContaining({ kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 }, "2013-06-01")
 * //=> { start: "2013-05-02", end: "2014-05-01" }
 */
export function periodContaining(recurrence: Recurrence, date: CalendarDate): Period {
  const starts = recurrence.starts;
  const at = starts !== undefined && date < starts ? starts : date;
  const period = rawPeriod(recurrence, toDate(at));
  return starts !== undefined && period.start < starts ? { start: starts, end: period.end } : period;
}

/**
 * Where a recurring deadline stands on a day: the current period, the next due date, and the
 * periods that ended without the work being done.
 *
 * @param recurrence - The recurrence, such as "to gonger i året".
 * @param options - `today`, the days the work was `done`, and `since` to look for missed periods.
 * @returns The {@link RecurrenceStatus}.
 * @throws RangeError when `today` is not a valid date.
 *
 * @example
 * recurrenceStatus(
 *   { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 },
 *   { today: "2013-06-01", done: [], since: "2012-10-22" },
 * ).missed
 * //=> [{ start: "2012-10-22", end: "2013-05-01" }]
 */
export function recurrenceStatus(recurrence: Recurrence, options: RecurrenceOptions): RecurrenceStatus {
  const today = resolveToday(options.today);
  const done = options.done ?? [];
  const metIn = (period: Period): boolean => done.some((day) => day >= period.start && day <= period.end);
  const currentPeriod = periodContaining(recurrence, today);
  const metCurrent = metIn(currentPeriod);
  const nextDue = metCurrent ? nextPeriod(recurrence, currentPeriod).end : currentPeriod.end;
  const hasPrevious = currentPeriod.start <= today && (recurrence.starts ?? "") < currentPeriod.start;
  const previousPeriod = hasPrevious ? periodContaining(recurrence, dayBefore(currentPeriod.start)) : undefined;
  const metPrevious = previousPeriod !== undefined && metIn(previousPeriod);
  const since = latest(options.since, recurrence.starts);
  const missed: Period[] = [];
  if (since !== undefined) {
    const first = periodContaining(recurrence, since);
    for (let period = { start: since, end: first.end }; period.end < today; period = nextPeriod(recurrence, period)) {
      if (!metIn(period)) missed.push(period);
    }
  } else if (previousPeriod !== undefined && !metPrevious) {
    missed.push(previousPeriod);
  }
  return {
    currentPeriod,
    metCurrent,
    nextDue,
    ...(previousPeriod === undefined ? {} : { previousPeriod }),
    metPrevious,
    missed,
  };
}

/**
 * The next due date of a recurrence: the end of the current period, or of the next one when the
 * work is already done in the current period.
 *
 * @param recurrence - The recurrence.
 * @param options - `today` and the days the work was `done`.
 * @returns The next due date.
 * @throws RangeError when `today` is not a valid date.
 *
 * @example
 * nextDue({ kind: "recurrence", frequency: "every", interval: 1, unit: "month" }, { today: "2013-02-10", done: ["2013-02-03"] })
 * //=> "2013-03-31"
 */
export function nextDue(recurrence: Recurrence, options: RecurrenceOptions): CalendarDate {
  return recurrenceStatus(recurrence, options).nextDue;
}

/**
 * The period of a recurrence that today falls in.
 *
 * @param recurrence - The recurrence.
 * @param options - `today`.
 * @returns The current period.
 * @throws RangeError when `today` is not a valid date.
 *
 * @example
 * currentPeriod({ kind: "recurrence", frequency: "every", interval: 1, unit: "week" }, { today: "2026-11-26" })
 * //=> { start: "2026-11-23", end: "2026-11-29" }
 */
export function currentPeriod(recurrence: Recurrence, options: Pick<RecurrenceOptions, "today">): Period {
  return periodContaining(recurrence, resolveToday(options.today));
}

function nextPeriod(recurrence: Recurrence, period: Period): Period {
  return periodContaining(recurrence, fromDate(addDays(toDate(period.end), 1)));
}

function latest(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (a === undefined) return b;
  return b === undefined || a > b ? a : b;
}

function dayBefore(date: CalendarDate): CalendarDate {
  return fromDate(addDays(toDate(date), -1));
}

// Monday 5 January 1970: week periods without `starts` are counted from here, so 1 week = ISO weeks.
const WEEK_ANCHOR = localDate(1970, 0, 5);

function rawPeriod(recurrence: Recurrence, date: Date): Period {
  const year = date.getFullYear();
  switch (recurrence.frequency) {
    case "times-per-year":
      return 12 % recurrence.times === 0
        ? monthBlock(year, date.getMonth(), 12 / recurrence.times, 0)
        : daySplit(year, getDayOfYear(date) - 1, recurrence.times);
    case "every": {
      if (recurrence.unit === "month") {
        const anchor = recurrence.starts === undefined ? 0 : monthIndex(toDate(recurrence.starts));
        return monthBlock(year, date.getMonth(), recurrence.interval, anchor);
      }
      const anchor = recurrence.starts === undefined ? WEEK_ANCHOR : toDate(recurrence.starts);
      const length = 7 * recurrence.interval;
      const index = Math.floor(differenceInCalendarDays(date, anchor) / length);
      const start = addDays(anchor, index * length);
      return { start: fromDate(start), end: fromDate(addDays(start, length - 1)) };
    }
    case "yearly-by": {
      const dueThisYear = yearlyDue(recurrence, year);
      const fromDay = fromDate(date);
      return fromDay <= dueThisYear
        ? { start: fromDate(addDays(toDate(yearlyDue(recurrence, year - 1)), 1)), end: dueThisYear }
        : { start: fromDate(addDays(toDate(dueThisYear), 1)), end: yearlyDue(recurrence, year + 1) };
    }
  }
}

function yearlyDue(recurrence: { readonly month: number; readonly day: number }, year: number): CalendarDate {
  const day = Math.min(recurrence.day, daysInMonth(year, recurrence.month));
  return fromDate(localDate(year, recurrence.month - 1, day));
}

function monthIndex(date: Date): number {
  return date.getFullYear() * 12 + date.getMonth();
}

// Blocks of `size` whole calendar months, counted from the month with index `anchor`.
function monthBlock(year: number, month: number, size: number, anchor: number): Period {
  const offset = (((year * 12 + month - anchor) % size) + size) % size;
  const start = localDate(year, month - offset, 1);
  return { start: fromDate(start), end: fromDate(addDays(addMonths(start, size), -1)) };
}

// The year split into `times` runs of days as equal as whole days allow.
function daySplit(year: number, dayIndex: number, times: number): Period {
  const length = isLeapYear(localDate(year, 0, 1)) ? 366 : 365;
  const block = Math.floor((dayIndex * times) / length);
  const first = Math.ceil((block * length) / times);
  const last = Math.ceil(((block + 1) * length) / times) - 1;
  const january1 = localDate(year, 0, 1);
  return { start: fromDate(addDays(january1, first)), end: fromDate(addDays(january1, last)) };
}
