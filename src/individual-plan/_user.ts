import type { CalendarDate } from "../core/dates/calendar-date.js";
import { ageOn } from "../core/identifiers/age.js";
import { validateNationalId } from "../core/identifiers/national-id.js";
import type { PlanUser } from "./participant.js";

/** The user's birth date: as recorded, or else read from a national id of the classic format. */
export function userBirthDate(user: PlanUser): CalendarDate | undefined {
  if (user.birthDate !== undefined) return user.birthDate;
  if (user.nationalId === undefined) return undefined;
  const result = validateNationalId(user.nationalId);
  return result.valid ? result.birthDate : undefined;
}

/**
 * Whether the user was under `years` on a day; `undefined` when the birth date is unknown.
 * A day before birth counts as under age.
 */
export function isUnderAge(birthDate: CalendarDate | undefined, years: number, day: CalendarDate): boolean | undefined {
  if (birthDate === undefined) return undefined;
  if (day < birthDate) return true;
  const age = ageOn(birthDate, day);
  return age === undefined ? undefined : age < years;
}
