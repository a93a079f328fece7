import * as z from "zod";
import { daysInMonth, type CalendarDate } from "../dates/calendar-date.js";
import type { schemaFindings } from "../findings/catalog/schema.js";
import { toDigits, weightedSumMod11 } from "./mod11.js";

/**
 * The kind of a national identity number: fødselsnummer, D-nummer (day + 40, for people not
 * resident in Norway) or H-nummer (month + 40, a temporary number given by the health services).
 *
 * @example
 * const kind: NationalIdKind = "d-number";
 */
export type NationalIdKind = "fodselsnummer" | "d-number" | "h-number";

/**
 * Why a value is not a national identity number:
 * `type` (not a string), `length` (not 11 characters after trimming), `format` (not all digits),
 * `checksum` (the check digits do not match), `date` (no such day and month, or a date missing from
 * the calendar), `century` (the individual number and the year give no century).
 *
 * @example
 * const reason: NationalIdFailure = "checksum";
 */
export type NationalIdFailure = "type" | "length" | "format" | "checksum" | "date" | "century";

/**
 * What {@link validateNationalId} found. A valid number tells its kind, whether it is a synthetic
 * test number (month + 80, as in Test-Norge/Tenor), which check-digit rule it follows and, for
 * numbers of the classic format, the real birth date. Gender is never derived.
 *
 * @example
 * const result: NationalIdResult = { valid: false, reason: "length" };
 */
export type NationalIdResult =
  | {
      readonly valid: true;
      readonly kind: NationalIdKind;
      readonly synthetic: boolean;
      /** The real birth date (offsets removed); absent for numbers of the 2032 format. */
      readonly birthDate?: CalendarDate;
      /** `"classic"` when k1 follows the original rule, `"2032"` when only the relaxed rule fits. */
      readonly checkDigits: "classic" | "2032";
    }
  | { readonly valid: false; readonly reason: NationalIdFailure };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const ELEVEN_DIGITS = /^\d{11}$/;
/** A leap year, so that 29 February passes where the century is unknown. */
const ANY_LEAP_YEAR = 2000;

interface DateFields {
  readonly kind: NationalIdKind;
  readonly synthetic: boolean;
  readonly day: number;
  readonly month: number;
}

function fail(reason: NationalIdFailure): NationalIdResult {
  return { valid: false, reason };
}

/**
 * k2 must always follow the classic rule. k1 follows it too (weighted sum + k1 = 0 mod 11), or
 * from 2032 one of the three relaxed values (weighted sum + k1 = 1, 2 or 3 mod 11).
 */
function readCheckDigits(digits: readonly number[]): "classic" | "2032" | undefined {
  const k1 = digits[9] ?? 0;
  const k2 = digits[10] ?? 0;
  if ((weightedSumMod11(digits, K2_WEIGHTS) + k2) % 11 !== 0) return undefined;
  const k1Sum = (weightedSumMod11(digits, K1_WEIGHTS) + k1) % 11;
  if (k1Sum === 0) return "classic";
  return k1Sum <= 3 ? "2032" : undefined;
}

function readDateFields(digits: readonly number[]): DateFields | undefined {
  const dayField = (digits[0] ?? 0) * 10 + (digits[1] ?? 0);
  const monthField = (digits[2] ?? 0) * 10 + (digits[3] ?? 0);
  const dNumber = dayField >= 41 && dayField <= 71;
  const day = dNumber ? dayField - 40 : dayField;
  if (day < 1 || day > 31) return undefined;
  const offset = monthField >= 81 ? 80 : monthField >= 41 ? 40 : 0;
  const month = monthField - offset;
  if (month < 1 || month > 12) return undefined;
  const hNumber = offset === 40;
  // Day + 40 and month + 40 together is no kind of number in the registry.
  if (dNumber && hNumber) return undefined;
  const kind: NationalIdKind = dNumber ? "d-number" : hNumber ? "h-number" : "fodselsnummer";
  return { kind, synthetic: offset === 80, day, month };
}

function centuryOf(individual: number, year: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && year >= 54) return 1800;
  if (individual >= 500 && year <= 39) return 2000;
  if (individual >= 900 && year >= 40) return 1900;
  return undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Validates a Norwegian national identity number (fødselsnummer, D-nummer or H-nummer), including
 * synthetic test numbers (month + 80) and numbers with the relaxed check digit allowed from 2032.
 * Never throws, and never derives gender.
 *
 * @param value - Any value; a string is trimmed before it is read.
 * @returns `{ valid: true, kind, synthetic, birthDate?, checkDigits }`, or `{ valid: false, reason }`.
 *
 * @example
 * validateNationalId("15859012342")
 * //=> { valid: true, kind: "fodselsnummer", synthetic: true, birthDate: "1990-05-15", checkDigits: "classic" }
 * validateNationalId("15859012343")
 * //=> { valid: false, reason: "checksum" }
 * validateNationalId(15859012343)
 * //=> { valid: false, reason: "type" }
 */
export function validateNationalId(value: unknown): NationalIdResult {
  if (typeof value !== "string") return fail("type");
  const text = value.trim();
  if (text.length !== 11) return fail("length");
  if (!ELEVEN_DIGITS.test(text)) return fail("format");
  const digits = toDigits(text);
  const checkDigits = readCheckDigits(digits);
  if (checkDigits === undefined) return fail("checksum");
  const fields = readDateFields(digits);
  if (fields === undefined) return fail("date");
  const { kind, synthetic, day, month } = fields;
  if (checkDigits === "2032") {
    return day > daysInMonth(ANY_LEAP_YEAR, month) ? fail("date") : { valid: true, kind, synthetic, checkDigits };
  }
  const twoDigitYear = Number(text.slice(4, 6));
  const century = centuryOf(Number(text.slice(6, 9)), twoDigitYear);
  if (century === undefined) return fail("century");
  const year = century + twoDigitYear;
  if (day > daysInMonth(year, month)) return fail("date");
  const birthDate = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return { valid: true, kind, synthetic, birthDate, checkDigits };
}

/**
 * Schema for a national identity number (fødselsnummer, D-nummer or H-nummer): trims the string,
 * then validates it with {@link validateNationalId}. A failure is a custom issue with
 * `params: { code: "schema/invalid-national-id", reason }`; neither issue nor message holds the input.
 *
 * @example
 * NationalIdSchema.safeParse(" 15859012342 ").data
 * //=> "15859012342"
 * NationalIdSchema.safeParse("15859012343").error?.issues
 * //=> [{ code: "custom", path: [], message: "Invalid national identity number (checksum)",
 * //      params: { code: "schema/invalid-national-id", reason: "checksum" } }]
 */
export const NationalIdSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const result = validateNationalId(value);
    if (result.valid) return;
    ctx.addIssue({
      code: "custom",
      message: `Invalid national identity number (${result.reason})`,
      params: {
        code: "schema/invalid-national-id" satisfies keyof typeof schemaFindings,
        reason: result.reason,
      },
    });
  })
  .brand<"NationalId">();

/**
 * A valid national identity number (fødselsnummer, D-nummer or H-nummer), trimmed and branded.
 *
 * @example
 * const id: NationalId = NationalIdSchema.parse("15859012342");
 */
export type NationalId = z.output<typeof NationalIdSchema>;
