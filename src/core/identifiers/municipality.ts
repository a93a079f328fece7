import { CODE_LISTS, codeListYear, hasMunicipalityNumberForm, resolveCodeYear } from "./municipality-codes/index.js";

export { type MunicipalityNumber, MunicipalityNumberSchema } from "./municipality-number.js";


/**
 * A county (fylke): its two-digit number and its Norwegian name.
 *
 * @example
 * const county: County = { number: "15", name: "Møre og Romsdal" };
 */
export interface County {
  readonly number: string;
  readonly name: string;
}

/**
 * The county code lists, keyed by the first year each list is valid. The counties were merged on
 * 1 January 2020 and partly split again on 1 January 2024.
 *
 * @example
 * countyCodeLists[2024]?.find((county) => county.number === "55")?.name
 * //=> "Troms"
 */
export const countyCodeLists: Readonly<Record<number, readonly County[]>> = Object.fromEntries(
  Object.entries(CODE_LISTS).map(([year, { counties }]) => [year, counties.map(([number, name]) => ({ number, name }))]),
);

/**
 * Options for {@link countyOfMunicipality}.
 *
 * @example
 * const options: CountyOfMunicipalityOptions = { year: 2022 };
 */
export interface CountyOfMunicipalityOptions {
  /** The year whose county list applies; 2024 when left out. */
  readonly year?: number | undefined;
}

/**
 * Why {@link countyOfMunicipality} found no county: `format` (not a string of 4 digits),
 * `unknown-county` (no such county in the list for the year), `unsupported-year` (no list covers
 * the year: before 2020, or not a whole number).
 *
 * @example
 * const reason: CountyFailure = "unknown-county";
 */
export type CountyFailure = "format" | "unknown-county" | "unsupported-year";

/**
 * What {@link countyOfMunicipality} found: the county and the first year of the list it came from,
 * or the reason there is none.
 *
 * @example
 * const result: CountyResult = { ok: true, county: { number: "03", name: "Oslo" }, listYear: 2024 };
 */
export type CountyResult =
  | { readonly ok: true; readonly county: County; readonly listYear: number }
  | { readonly ok: false; readonly reason: CountyFailure };

/**
 * Finds the county (fylke) of a municipality number (kommunenummer) from its first two digits, using
 * the newest county list that is valid in the given year. Never throws on any `number`.
 *
 * @param number - Any value; a municipality number is a string of 4 digits.
 * @param options - `year`, the year the number is read in (default 2024).
 * @returns `{ ok: true, county, listYear }`, or `{ ok: false, reason }`.
 * @throws TypeError when `options` is given and is not an object; RangeError or TypeError when
 *   `year` is not a whole number.
 *
 * @example
 * countyOfMunicipality("1547")
 * //=> { ok: true, county: { number: "15", name: "Møre og Romsdal" }, listYear: 2024 }
 * countyOfMunicipality("3001", { year: 2022 })
 * //=> { ok: true, county: { number: "30", name: "Viken" }, listYear: 2020 }
 * countyOfMunicipality("3001")
 * //=> { ok: false, reason: "unknown-county" }
 */
export function countyOfMunicipality(number: unknown, options?: CountyOfMunicipalityOptions): CountyResult {
  const year = resolveCodeYear(options, "countyOfMunicipality");
  if (!hasMunicipalityNumberForm(number)) return { ok: false, reason: "format" };
  const listYear = codeListYear(year);
  if (listYear === undefined) return { ok: false, reason: "unsupported-year" };
  const countyNumber = number.slice(0, 2);
  const county = countyCodeLists[listYear]?.find((candidate) => candidate.number === countyNumber);
  if (county === undefined) return { ok: false, reason: "unknown-county" };
  // A copy, so that no caller can change the shared list through the result.
  return { ok: true, county: { number: county.number, name: county.name }, listYear };
}
