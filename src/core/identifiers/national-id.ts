import * as z from "zod";
import type { CalendarDate } from "../dates/calendar-date.js";
import type { schemaFindings } from "../findings/catalog/schema.js";
import { extendedDNumberCentury, registryCentury } from "./_century.js";
import { dateExists, readCheckDigits, readDateFields, type DateFields } from "./_national-id-parts.js";
import { toDigits } from "./mod11.js";

/**
 * The kind of a national identity number: fødselsnummer, D-nummer (day + 40, for people not resident
 * in Norway), H-nummer (month + 40, a temporary help number from the health services) or FH-nummer
 * (felles hjelpenummer: first digit 8 or 9, the national auxiliary number, with no birth date).
 *
 * @example
 * const kind: NationalIdKind = "fh-number";
 */
export type NationalIdKind = "fodselsnummer" | "d-number" | "h-number" | "fh-number";

/**
 * Why a value is not a national identity number:
 * `type` (not a string), `length` (not 11 digits after trimming and removing the one space allowed
 * after the birth date), `format` (not all digits), `checksum` (the check digits do not match),
 * `date` (no such day and month in any century the number allows), `century` (a real, not synthetic,
 * number whose individual number and year fit no series of the registry).
 *
 * @example
 * const reason: NationalIdFailure = "checksum";
 */
export type NationalIdFailure = "type" | "length" | "format" | "checksum" | "date" | "century";

/**
 * What {@link validateNationalId} found. A valid number tells its kind, its 11 digits, whether it is
 * a synthetic test number, which check-digit rule it follows and, where the century can be known,
 * the real birth date. Gender is never derived.
 *
 * @example
 * const result: NationalIdResult = { valid: false, reason: "length" };
 */
export type NationalIdResult =
  | {
      readonly valid: true;
      /** The number as 11 digits: trimmed, the typed space after the birth date removed. */
      readonly value: string;
      readonly kind: NationalIdKind;
      /**
       * A test number: month + 80 (Test-Norge/Tenor), or NAV's Dolly numbers (month + 40 on a D-number,
       * or month + 40 outside the registry's series, which no H-number can be).
       */
      readonly synthetic: boolean;
      /**
       * The real birth date (offsets removed); absent when the century cannot be known: FH-numbers,
       * 2032-rule numbers, D-numbers the two D-number series read differently, and synthetic numbers
       * outside every series.
       */
      readonly birthDate?: CalendarDate;
      /** `"classic"` when k1 follows the original rule, `"2032"` when only the relaxed rule fits. */
      readonly checkDigits: "classic" | "2032";
    }
  | { readonly valid: false; readonly reason: NationalIdFailure };

const ELEVEN_DIGITS = /^\d{11}$/;
const TYPED_WITH_SPACE = /^(\d{6}) (\d{5})$/;

function fail(reason: NationalIdFailure): NationalIdResult {
  return { valid: false, reason };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Trims, and joins the typed form "DDMMYY IIIKK" (one space after the birth date). */
function normalize(value: string): string {
  const text = value.trim();
  if (text.length !== 12) return text;
  const typed = TYPED_WITH_SPACE.exec(text);
  return typed ? `${typed[1] ?? ""}${typed[2] ?? ""}` : text;
}

/** Month + 80 (Tenor), or month + 40 on a D-number (Dolly): no H-number is built on a D-number. */
function isSynthetic(fields: DateFields): boolean {
  return fields.monthOffset === 80 || (fields.dNumber && fields.monthOffset === 40);
}

function kindOf(fields: DateFields): NationalIdKind {
  if (fields.dNumber) return "d-number";
  return fields.monthOffset === 40 ? "h-number" : "fodselsnummer";
}

/**
 * Reads kind, synthetic flag and birth date of a number whose check digits are classic. A D-number is
 * read under both D-number series: a birth date only where they agree or just one fits.
 */
function readClassic(value: string, fields: DateFields): NationalIdResult {
  const kind = kindOf(fields);
  const synthetic = isSynthetic(fields);
  const registry = registryCentury(fields.individual, fields.year);
  const extended = fields.dNumber ? extendedDNumberCentury(fields.individual, fields.year) : undefined;
  const century = registry ?? extended;
  const other = extended ?? registry;
  if (century === undefined || other === undefined) {
    if (synthetic) return { valid: true, value, kind, synthetic, checkDigits: "classic" };
    // H-numbers must follow the registry's series, so month + 40 outside them is a Dolly test number.
    if (kind === "h-number") {
      return { valid: true, value, kind: "fodselsnummer", synthetic: true, checkDigits: "classic" };
    }
    return fail("century");
  }
  if (!dateExists(fields, century) && !dateExists(fields, other)) return fail("date");
  if (century !== other) return { valid: true, value, kind, synthetic, checkDigits: "classic" };
  const birthDate = `${pad(century + fields.year, 4)}-${pad(fields.month, 2)}-${pad(fields.day, 2)}`;
  return { valid: true, value, kind, synthetic, birthDate, checkDigits: "classic" };
}

/**
 * Validates a Norwegian national identity number: fødselsnummer, D-nummer, H-nummer or FH-nummer,
 * including synthetic test numbers (month + 80 from Test-Norge/Tenor; D-numbers with month + 40 or + 80
 * from NAV's Dolly and Tenor) and numbers with the relaxed check digit allowed from 2032. The typed
 * form with one space after the birth date ("DDMMYY IIIKK") is accepted and `value` gives the 11 digits.
 * Never throws, and never derives gender.
 *
 * The first digit tells the kind apart: 0-3 fødselsnummer or H-number, 4-7 D-number (day + 40),
 * 8-9 FH-number. The century comes from the individual number (both D-number series for D-numbers);
 * where it cannot be known there is no `birthDate`.
 *
 * @param value - Any value; a string is trimmed before it is read.
 * @returns `{ valid: true, value, kind, synthetic, birthDate?, checkDigits }`, or `{ valid: false, reason }`.
 *
 * @example
 * validateNationalId("15859012342")
 * //=> { valid: true, value: "15859012342", kind: "fodselsnummer", synthetic: true,
 * //     birthDate: "1990-05-15", checkDigits: "classic" }
 * validateNationalId("158590 12342")
 * //=> { valid: true, value: "15859012342", kind: "fodselsnummer", synthetic: true,
 * //     birthDate: "1990-05-15", checkDigits: "classic" }
 * validateNationalId("80000000179")
 * //=> { valid: true, value: "80000000179", kind: "fh-number", synthetic: false, checkDigits: "classic" }
 * validateNationalId("15859012343")
 * //=> { valid: false, reason: "checksum" }
 * validateNationalId(15859012343)
 * //=> { valid: false, reason: "type" }
 */
export function validateNationalId(value: unknown): NationalIdResult {
  if (typeof value !== "string") return fail("type");
  const text = normalize(value);
  if (text.length !== 11) return fail("length");
  if (!ELEVEN_DIGITS.test(text)) return fail("format");
  const digits = toDigits(text);
  const checkDigits = readCheckDigits(digits);
  if (checkDigits === undefined) return fail("checksum");
  if ((digits[0] ?? 0) >= 8) return { valid: true, value: text, kind: "fh-number", synthetic: false, checkDigits };
  const fields = readDateFields(digits);
  if (fields === undefined || !dateExists(fields)) return fail("date");
  if (checkDigits === "2032") {
    return { valid: true, value: text, kind: kindOf(fields), synthetic: isSynthetic(fields), checkDigits };
  }
  return readClassic(text, fields);
}

/**
 * Schema for a national identity number (fødselsnummer, D-nummer, H-nummer or FH-nummer): trims the
 * string, joins the typed form "DDMMYY IIIKK", then validates it with {@link validateNationalId}. A
 * failure is a custom issue with `params: { code: "schema/invalid-national-id", reason }`; neither
 * issue nor message holds the input.
 *
 * @example
 * NationalIdSchema.safeParse(" 158590 12342 ").data
 * //=> "15859012342"
 * NationalIdSchema.safeParse("15859012343").error?.issues
 * //=> [{ code: "custom", path: [], message: "Invalid national identity number (checksum)",
 * //      params: { code: "schema/invalid-national-id", reason: "checksum" } }]
 */
export const NationalIdSchema = z
  .string()
  .overwrite(normalize)
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
 * A valid national identity number (fødselsnummer, D-nummer, H-nummer or FH-nummer): 11 digits,
 * trimmed and branded.
 *
 * @example
 * const id: NationalId = NationalIdSchema.parse("15859012342");
 */
export type NationalId = string & z.$brand<"NationalId">;
