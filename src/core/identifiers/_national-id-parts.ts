/**
 * Internal: the parts of an 11-digit national identity number (check digits, date fields, kind).
 * Not part of the public surface: `index.ts` does not re-export it.
 *
 * @module
 */
import { daysInMonth } from "../dates/calendar-date.js";
import { weightedSumMod11 } from "./mod11.js";

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Which rule the check digits follow. k2 must always follow the classic rule. k1 follows it too
 * (weighted sum + k1 = 0 mod 11) or, from 2032, one of the relaxed values (sum + k1 = 1, 2 or 3 mod 11,
 * that is k1 = {12, 13, 14} - (sum mod 11), reduced mod 11).
 *
 * @param digits - The 11 digits.
 * @returns `"classic"`, `"2032"`, or `undefined` when neither rule fits.
 *
 * @example
 * readCheckDigits([1, 5, 8, 5, 9, 0, 1, 2, 3, 4, 2])
 * //=> "classic"
 */
export function readCheckDigits(digits: readonly number[]): "classic" | "2032" | undefined {
  const k1 = digits[9] ?? 0;
  const k2 = digits[10] ?? 0;
  if ((weightedSumMod11(digits, K2_WEIGHTS) + k2) % 11 !== 0) return undefined;
  const k1Sum = (weightedSumMod11(digits, K1_WEIGHTS) + k1) % 11;
  if (k1Sum === 0) return "classic";
  return k1Sum <= 3 ? "2032" : undefined;
}

/** The date fields of a number with their offsets taken off. */
export interface DateFields {
  /** Day + 40: a D-number. */
  readonly dNumber: boolean;
  /** 40: an H-number, or NAV's Dolly test numbers; 80: Test-Norge/Tenor test numbers. */
  readonly monthOffset: 0 | 40 | 80;
  readonly day: number;
  readonly month: number;
  /** The two-digit year. */
  readonly year: number;
  readonly individual: number;
}

/**
 * Reads day, month and their offsets; the day is only checked to lie in 1-31.
 *
 * @param digits - The 11 digits, the first one 0-7.
 * @returns The fields, or `undefined` when the day or month is out of range.
 *
 * @example
 * readDateFields([5, 5, 8, 5, 9, 0, 1, 2, 3, 3, 6])
 * //=> { dNumber: true, monthOffset: 80, day: 15, month: 5, year: 90, individual: 123 }
 */
export function readDateFields(digits: readonly number[]): DateFields | undefined {
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0, y1 = 0, y2 = 0, i1 = 0, i2 = 0, i3 = 0] = digits;
  const dayField = d1 * 10 + d2;
  const monthField = m1 * 10 + m2;
  const dNumber = dayField >= 41 && dayField <= 71;
  const day = dNumber ? dayField - 40 : dayField;
  if (day < 1 || day > 31) return undefined;
  const monthOffset = monthField >= 81 ? 80 : monthField >= 41 ? 40 : 0;
  const month = monthField - monthOffset;
  if (month < 1 || month > 12) return undefined;
  return { dNumber, monthOffset, day, month, year: y1 * 10 + y2, individual: i1 * 100 + i2 * 10 + i3 };
}

/**
 * Whether the day exists in the month in some century of the two-digit year: 29 February needs a
 * year divisible by 4 (00 counts, as 2000 was a leap year).
 *
 * @param fields - Day, month and two-digit year.
 * @param century - One century to check, or all of them when left out.
 * @returns true when the date exists.
 *
 * @example
 * dateExists({ day: 29, month: 2, year: 0 }, 1900)
 * //=> false
 */
export function dateExists(fields: Pick<DateFields, "day" | "month" | "year">, century?: number): boolean {
  return fields.day <= daysInMonth((century ?? 2000) + fields.year, fields.month);
}
