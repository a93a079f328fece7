import * as z from "zod";
import type { schemaFindings } from "../findings/catalog/schema.js";
import { mod11CheckDigit, toDigits } from "./mod11.js";

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const NINE_DIGITS = /^\d{9}$/;

/**
 * Tells whether a value is a Norwegian organisation number (organisasjonsnummer) from the
 * Central Coordinating Register (Enhetsregisteret): 9 digits whose last digit is the modulus-11
 * check digit of the first eight (weights 3, 2, 7, 6, 5, 4, 3, 2). Surrounding whitespace is
 * ignored. Never throws.
 *
 * @param value - Any value.
 * @returns true for a string of 9 digits with a matching check digit, false otherwise.
 *
 * @example
 * isValidOrganizationNumber("123456785")
 * //=> true
 * isValidOrganizationNumber("123456784")
 * //=> false
 * isValidOrganizationNumber(123456785)
 * //=> false
 */
export function isValidOrganizationNumber(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (!NINE_DIGITS.test(text)) return false;
  const digits = toDigits(text);
  return mod11CheckDigit(digits, WEIGHTS) === digits[8];
}

/**
 * Schema for an organisation number (organisasjonsnummer): trims the string, then checks it with
 * {@link isValidOrganizationNumber}. A failure is a custom issue with
 * `params: { code: "schema/invalid-organization-number" }`; neither issue nor message holds the input.
 *
 * @example
 * OrganizationNumberSchema.safeParse("123456785").success
 * //=> true
 * OrganizationNumberSchema.safeParse("123456784").error?.issues
 * //=> [{ code: "custom", path: [], message: "Invalid organisation number",
 * //      params: { code: "schema/invalid-organization-number" } }]
 */
export const OrganizationNumberSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (isValidOrganizationNumber(value)) return;
    ctx.addIssue({
      code: "custom",
      message: "Invalid organisation number",
      params: { code: "schema/invalid-organization-number" satisfies keyof typeof schemaFindings },
    });
  })
  .brand<"OrganizationNumber">();

/**
 * A valid organisation number (organisasjonsnummer), trimmed and branded.
 *
 * @example
 * const org: OrganizationNumber = OrganizationNumberSchema.parse("123456785");
 */
export type OrganizationNumber = string & z.$brand<"OrganizationNumber">;
