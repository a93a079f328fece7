import { type CalendarDate, isCalendarDate, toCalendarDate } from "../dates/calendar-date.js";

/**
 * Computes a person's age (alder) in whole years on a date. The age goes up on the birthday; for a
 * person born on 29 February it goes up on 1 March in years without that day.
 *
 * @param birthDate - The birth date, as an ISO date (`YYYY-MM-DD`) or a `Date` (its local calendar date).
 * @param date - The date to compute the age on, in the same forms.
 * @returns The age in whole years, or `undefined` when a date is invalid or `date` is before `birthDate`.
 *
 * @example
 * ageOn("2010-11-24", "2026-11-24")
 * //=> 16
 * ageOn("2010-11-24", "2026-11-23")
 * //=> 15
 * ageOn("2008-02-29", "2025-02-28")
 * //=> 16
 * ageOn("2026-11-24", "2010-11-24")
 * //=> undefined
 */
export function ageOn(birthDate: string | Date, date: string | Date): number | undefined {
  const birth = toCalendarDate(birthDate);
  const on = toCalendarDate(date);
  // A `Date` outside years 0000-9999 formats to something that is no ISO date; leave it out.
  if (!isCalendarDate(birth) || !isCalendarDate(on) || on < birth) return undefined;
  return wholeYears(birth, on);
}

/**
 * Internal: the age on `on` of someone born on `birth`, both ISO dates already checked, `on` not
 * before `birth`. The body of {@link ageOn} for callers that hold checked dates (the consent rules
 * ask it for every consent and participant).
 */
export function wholeYears(birth: CalendarDate, on: CalendarDate): number {
  // ISO dates compare as strings: "MM-DD" before the birthday's "MM-DD" means not yet this year.
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}
