// The form of a municipality number, apart from the code lists: documents that carry one (action
// plans, mapping responses, reports) check its form without loading every year's list.
import * as z from "zod";
import type { schemaFindings } from "../findings/catalog/schema.js";

const FOUR_DIGITS = /^\d{4}$/;

/** Whether a value has the form of a municipality number: a string of exactly 4 digits. */
export function hasMunicipalityNumberForm(value: unknown): value is string {
  return typeof value === "string" && FOUR_DIGITS.test(value);
}

/**
 * Schema for a municipality number (kommunenummer): exactly 4 digits as a string, leading zero kept
 * (`"0301"` is Oslo). Only the format is checked; {@link countyOfMunicipality} tells the county.
 * A failure is a custom issue with `params: { code: "schema/invalid-municipality-number" }`;
 * neither issue nor message holds the input.
 *
 * @example
 * MunicipalityNumberSchema.safeParse("0301").success
 * //=> true
 * MunicipalityNumberSchema.safeParse("301").error?.issues
 * //=> [{ code: "custom", path: [], message: "Invalid municipality number",
 * //      params: { code: "schema/invalid-municipality-number" } }]
 */
export const MunicipalityNumberSchema: z.ZodString = z.string().superRefine((value, ctx) => {
  if (hasMunicipalityNumberForm(value)) return;
  ctx.addIssue({
    code: "custom",
    message: "Invalid municipality number",
    params: { code: "schema/invalid-municipality-number" satisfies keyof typeof schemaFindings },
  });
});

/**
 * A municipality number (kommunenummer): 4 digits, the first two being the county (fylke).
 *
 * @example
 * const oslo: MunicipalityNumber = "0301";
 */
export type MunicipalityNumber = string;
