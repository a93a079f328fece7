/**
 * Period arithmetic for recurrences: every period has a whole-number index, consecutive periods
 * differ by one, and both directions (day to index, index to period) take constant work, whatever
 * the year. Days are whole day numbers (days since 1970-01-01, proleptic Gregorian), the same in
 * every time zone. Internal: not exported from the package.
 *
 * @module
 */
import type { CalendarDate } from "./calendar-date.js";
import { civilOfDay, dayNumber, dayNumberOf, daysInCivilMonth } from "./day-number.js";
import type { Recurrence } from "./deadline.js";

/** One period as day numbers, both days included. */
export interface DayPeriod {
  readonly start: number;
  readonly end: number;
}

// Monday 5 January 1970: week periods without `starts` are counted from here, so 1 week = ISO weeks.
const WEEK_ANCHOR = 4;
const MONTHS_PER: Readonly<Record<"month" | "quarter" | "half-year", number>> = { month: 1, quarter: 3, "half-year": 6 };

/** The index of the period of `recurrence` (ignoring `starts`' cut) that contains a day. */
export function periodIndex(recurrence: Recurrence, day: number): number {
  const [year, month] = civilOfDay(day);
  const monthIndex = year * 12 + month - 1;
  switch (recurrence.frequency) {
    case "times-per-year":
      if (12 % recurrence.times === 0) return Math.floor(monthIndex / (12 / recurrence.times));
      return splitIndex(dayNumberOf(year, 1, 1), dayNumberOf(year + 1, 1, 1), day, recurrence.times, year);
    case "times-per": {
      const size = MONTHS_PER[recurrence.per];
      const block = Math.floor(monthIndex / size);
      const start = dayNumberOf(0, block * size + 1, 1);
      return splitIndex(start, dayNumberOf(0, (block + 1) * size + 1, 1), day, recurrence.times, block);
    }
    case "every":
      if (recurrence.unit === "month") return Math.floor((monthIndex - monthAnchor(recurrence)) / recurrence.interval);
      return Math.floor((day - weekAnchor(recurrence)) / (7 * recurrence.interval));
    case "yearly-by":
      return day <= yearlyDue(recurrence, year) ? year : year + 1;
  }
}

/** The period of `recurrence` (ignoring `starts`' cut) with a given index. */
export function periodAt(recurrence: Recurrence, index: number): DayPeriod {
  switch (recurrence.frequency) {
    case "times-per-year":
      if (12 % recurrence.times === 0) return monthRun(index * (12 / recurrence.times), 12 / recurrence.times);
      return splitPeriod(index, recurrence.times, (year) => [dayNumberOf(year, 1, 1), dayNumberOf(year + 1, 1, 1)]);
    case "times-per": {
      const size = MONTHS_PER[recurrence.per];
      return splitPeriod(index, recurrence.times, (block) => [dayNumberOf(0, block * size + 1, 1), dayNumberOf(0, (block + 1) * size + 1, 1)]);
    }
    case "every": {
      if (recurrence.unit === "month") return monthRun(monthAnchor(recurrence) + index * recurrence.interval, recurrence.interval);
      const length = 7 * recurrence.interval;
      const start = weekAnchor(recurrence) + index * length;
      return { start, end: start + length - 1 };
    }
    case "yearly-by":
      return { start: yearlyDue(recurrence, index - 1) + 1, end: yearlyDue(recurrence, index) };
  }
}

/** Months counted from January of year 0: `size` whole months from month index `first`. */
function monthRun(first: number, size: number): DayPeriod {
  return { start: dayNumberOf(0, first + 1, 1), end: dayNumberOf(0, first + size + 1, 1) - 1 };
}

// A span [start, next) split into `times` runs of days as equal as whole days allow; run indexes
// are `outer * times + run`.
function splitIndex(start: number, next: number, day: number, times: number, outer: number): number {
  return outer * times + Math.floor(((day - start) * times) / (next - start));
}

function splitPeriod(index: number, times: number, span: (outer: number) => readonly [number, number]): DayPeriod {
  const outer = Math.floor(index / times);
  const run = index - outer * times;
  const [start, next] = span(outer);
  const length = next - start;
  return { start: start + Math.ceil((run * length) / times), end: start + Math.ceil(((run + 1) * length) / times) - 1 };
}

function monthAnchor(recurrence: { readonly starts?: CalendarDate | undefined }): number {
  const starts = recurrence.starts;
  return starts === undefined ? 0 : Number(starts.slice(0, -6)) * 12 + Number(starts.slice(-5, -3)) - 1;
}

function weekAnchor(recurrence: { readonly starts?: CalendarDate | undefined }): number {
  return recurrence.starts === undefined ? WEEK_ANCHOR : dayNumber(recurrence.starts);
}

/** The due day of a yearly-by recurrence in a year: 29 February falls on 28 February in other years. */
function yearlyDue(recurrence: { readonly month: number; readonly day: number }, year: number): number {
  return dayNumberOf(year, recurrence.month, Math.min(recurrence.day, daysInCivilMonth(year, recurrence.month)));
}
