import * as z from "zod";
import { dayNumber, daysInCivilMonth } from "./day-number.js";

/**
 * A calendar date (dato) as an ISO string, `YYYY-MM-DD`, with no time and no time zone.
 *
 * @example
 * const date: CalendarDate = "2012-11-15";
 */
export type CalendarDate = string;

/**
 * A calendar month (måned) as `YYYY-MM`: a partial date that keeps its precision.
 *
 * @example
 * const month: YearMonth = "2012-03";
 */
export type YearMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a value is an ISO date (`YYYY-MM-DD`) that exists in the calendar.
 *
 * @param value - Any value.
 * @returns true for a string such as `"2024-02-29"`, false for `"2023-02-29"` or a non-string.
 *
 * @example
 * isCalendarDate("2024-02-29")
 * //=> true
 * isCalendarDate("2023-02-29")
 * //=> false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return daysInCivilMonth(year, month);
}

/**
 * Schema for {@link CalendarDate}: an ISO date that exists in the calendar (zod's `z.iso.date()`).
 *
 * @example
 * CalendarDateSchema.safeParse("2012-02-30").success
 * //=> false
 */
export const CalendarDateSchema = z.iso.date();

/**
 * Schema for {@link YearMonth}: `YYYY-MM` with a month from 01 to 12.
 *
 * @example
 * YearMonthSchema.parse("2012-03")
 * //=> "2012-03"
 */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * Turns a `Date` (its local calendar date) or an ISO date string into a {@link CalendarDate}.
 *
 * @param value - A `Date` or an ISO date string.
 * @returns The calendar date, or `undefined` when the value is no valid date.
 *
 * @example
 * toCalendarDate(new Date(2012, 10, 15))
 * //=> "2012-11-15"
 * toCalendarDate("2012-02-30")
 * //=> undefined
 */
export function toCalendarDate(value: string | Date): CalendarDate | undefined {
  if (value instanceof Date) {
    const year = value.getFullYear();
    return Number.isNaN(year) || year < 0 || year > 9999 ? undefined : localCalendarDate(value);
  }
  return isCalendarDate(value) ? value : undefined;
}

/**
 * Reads `today` from check options.
 *
 * @throws RangeError when `today` is not a valid ISO date or `Date`: a broken precondition of the caller.
 */
export function resolveToday(today: unknown): CalendarDate {
  const date = today instanceof Date || typeof today === "string" ? toCalendarDate(today) : undefined;
  if (date === undefined) {
    const shown = typeof today === "string" ? JSON.stringify(today.slice(0, 40)) : today instanceof Date ? "an invalid Date" : typeof today;
    throw new RangeError(`options.today must be an ISO date (YYYY-MM-DD) or a valid Date, got ${shown}`);
  }
  return date;
}

// The one place a `Date` is read: the caller's `today` (or birth date) as its local calendar date,
// at the door. Everything after works on ISO strings and day numbers.
function localCalendarDate(date: Date): CalendarDate {
  const pad = (value: number, width: number): string => String(value).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Days from one calendar date to another, by day numbers: negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
