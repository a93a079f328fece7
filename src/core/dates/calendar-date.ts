import { isValid } from "date-fns";
import * as z from "zod";

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
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
  if (value instanceof Date) return isValid(value) && value.getFullYear() >= 0 && value.getFullYear() <= 9999 ? fromDate(value) : undefined;
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

/**
 * A local `Date` at midnight for a year, a zero-based month and a day; months and days out of range
 * roll over as in the `Date` constructor, and years 0-99 stay themselves (the constructor would read 19xx).
 */
export function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** Parses a calendar date into a local `Date` at midnight, for date-fns arithmetic. */
export function toDate(date: CalendarDate): Date {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split("-").map(Number);
  return localDate(year, month - 1, day);
}

/** Formats a local `Date` as a calendar date. */
export function fromDate(date: Date): CalendarDate {
  const pad = (value: number, width: number): string => String(value).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Days from one calendar date to another, by UTC day numbers: negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const utc = (date: CalendarDate): number => {
    const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split("-").map(Number);
    const time = new Date(0);
    time.setUTCFullYear(year, month - 1, day);
    return time.getTime();
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
