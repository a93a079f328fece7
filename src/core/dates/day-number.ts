/**
 * The integer calendar: an ISO date is read once into a whole day number (days since 1970-01-01,
 * proleptic Gregorian) and compared and added as a number. No `Date` object is made, so every
 * answer is the same in every time zone. Internal: not exported from the package.
 *
 * @module
 */
import type { CalendarDate } from "./calendar-date.js";

/** A year, a month 1-12 and a day 1-31. */
export type CivilDate = readonly [year: number, month: number, day: number];

/** Days since 1970-01-01 of a year, a month 1-12 (any integer rolls over into other years) and a day. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m0 = month - 12 * Math.floor((month - 1) / 12);
  // Howard Hinnant's days_from_civil: years start on 1 March, so the leap day is a year's last.
  const y = m0 <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m0 > 2 ? m0 - 3 : m0 + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The day number of an ISO date `YYYY-MM-DD` (the year may be longer or signed, as {@link dateOfDay} writes it). */
export function dayNumber(date: CalendarDate): number {
  const n = date.length;
  return dayNumberOf(Number(date.slice(0, n - 6)), Number(date.slice(n - 5, n - 3)), Number(date.slice(n - 2)));
}

/** The year, month 1-12 and day of a day number (Hinnant's civil_from_days). */
export function civilOfDay(dayNumberValue: number): CivilDate {
  const z = dayNumberValue + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The ISO date of a day number; a year outside 0000-9999 is written signed or longer, never cut. */
export function dateOfDay(dayNumberValue: number): CalendarDate {
  const [year, month, day] = civilOfDay(dayNumberValue);
  const yearText = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  return `${yearText}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Days in a month 1-12 of a year, by the Gregorian calendar. */
export function daysInCivilMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The ISO weekday of a day number: 1 for Monday to 7 for Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumberValue: number): number {
  return ((((dayNumberValue + 3) % 7) + 7) % 7) + 1;
}

/** The day `days` after an ISO date (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDay(dayNumber(date) + days);
}

/**
 * The day `months` calendar months after a day number (before it when negative), its day of the
 * month kept where the target month has it, else that month's last day: 31 January plus one month
 * is 28 or 29 February.
 */
export function addMonthsToDay(dayNumberValue: number, months: number): number {
  const [year, month, day] = civilOfDay(dayNumberValue);
  const index = year * 12 + month - 1 + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dayNumberOf(toYear, toMonth, Math.min(day, daysInCivilMonth(toYear, toMonth)));
}

/** The ISO date `months` calendar months after another, clamped to the end of a shorter month (see {@link addMonthsToDay}). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return dateOfDay(addMonthsToDay(dayNumber(date), months));
}
