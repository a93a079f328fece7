import { resolveNumber } from "../_lib/options.js";
import {
  CODE_LISTS,
  codeListYear,
  FIRST_CODE_YEAR,
  hasMunicipalityNumberForm,
  resolveCodeYear,
} from "../core/identifiers/municipality-codes/index.js";

/**
 * A municipality (kommune) in a code list: its four-digit number and its Norwegian name.
 *
 * @example
 * const municipality: Municipality = { number: "1525", name: "Stranda" };
 */
export interface Municipality {
  /** The municipality number (kommunenummer), 4 digits with leading zero. */
  readonly number: string;
  /** The Norwegian name; official Sámi and Kven parallel names are not included. */
  readonly name: string;
}

/**
 * The municipality code lists (kommuneinndeling), keyed by the first year each list is valid. A
 * report is checked against the newest list whose year is not after the report's year. Built from
 * the one registry of yearly code lists (one data file per year, shared with
 * {@link countyOfMunicipality}): 2020 (356 municipalities, valid 2020-2023) and 2024 (357
 * municipalities); years before 2020 have no list.
 *
 * @example
 * municipalityCodeLists[2020]?.length
 * //=> 356
 * municipalityCodeLists[2024]?.length
 * //=> 357
 * municipalityCodeLists[2020]?.find((municipality) => municipality.number === "1507")?.name
 * //=> "Ålesund"
 * municipalityCodeLists[2024]?.find((municipality) => municipality.number === "1580")?.name
 * //=> "Haram"
 */
export const municipalityCodeLists: Readonly<Record<number, readonly Municipality[]>> = Object.fromEntries(
  Object.entries(CODE_LISTS).map(([year, { municipalities }]) => [year, municipalities.map(([number, name]) => ({ number, name }))]),
);

/**
 * The code list that applies in a year: the list's first year and its municipalities.
 *
 * @example
 * const list: MunicipalityCodeList = { listYear: 2024, municipalities: [{ number: "0301", name: "Oslo" }] };
 */
export interface MunicipalityCodeList {
  /** The first year the list is valid. */
  readonly listYear: number;
  /** The municipalities in number order. */
  readonly municipalities: readonly Municipality[];
}

/**
 * Finds the municipality code list that applies in a year: the newest list whose first year is not
 * after it.
 *
 * @param year - The year, e.g. a report's year.
 * @returns The list and its first year, or `undefined` when no list covers the year.
 * @throws TypeError when `year` is not a number; RangeError when it is not a whole number.
 *
 * @example
 * municipalityCodeList(2026)?.listYear
 * //=> 2024
 * municipalityCodeList(2022)?.listYear
 * //=> 2020
 * municipalityCodeList(2019)
 * //=> undefined
 */
export function municipalityCodeList(year: number): MunicipalityCodeList | undefined {
  const listYear = codeListYear(resolveNumber(year, "year", { integer: true }));
  const municipalities = listYear === undefined ? undefined : municipalityCodeLists[listYear];
  return listYear === undefined || municipalities === undefined ? undefined : { listYear, municipalities };
}

/**
 * The first year any municipality code list covers.
 *
 * @example
 * firstMunicipalityListYear()
 * //=> 2020
 */
export function firstMunicipalityListYear(): number {
  return FIRST_CODE_YEAR;
}

/**
 * Options for {@link lookupMunicipality}.
 *
 * @example
 * const options: LookupMunicipalityOptions = { year: 2025 };
 */
export interface LookupMunicipalityOptions {
  /** The year the number is read in; 2024 when left out. */
  readonly year?: number | undefined;
}

/**
 * What {@link lookupMunicipality} found: the municipality and the first year of its list, or why
 * there is none: `format` (not 4 digits as a string), `unsupported-year` (no list covers the year),
 * `unknown-municipality` (not in the list that applies, whose first year is `listYear`).
 *
 * @example
 * const result: MunicipalityLookup = { ok: false, reason: "unknown-municipality", listYear: 2024 };
 */
export type MunicipalityLookup =
  | { readonly ok: true; readonly municipality: Municipality; readonly listYear: number }
  | { readonly ok: false; readonly reason: "format" | "unsupported-year" }
  | { readonly ok: false; readonly reason: "unknown-municipality"; readonly listYear: number };

// Built once per list on first use; keyed by the list itself so a list added later gets its own index.
const indexes = new WeakMap<readonly Municipality[], ReadonlyMap<string, Municipality>>();

function indexOf(list: readonly Municipality[]): ReadonlyMap<string, Municipality> {
  const made = indexes.get(list);
  if (made) return made;
  const index = new Map(list.map((municipality) => [municipality.number, municipality]));
  indexes.set(list, index);
  return index;
}

/**
 * Looks a municipality number (kommunenummer) up in the code list valid in a year. Never throws on
 * the number, only on bad options.
 *
 * @param number - Any value; a municipality number is a string of 4 digits.
 * @param options - `year`, the year the number is read in (default 2024).
 * @returns `{ ok: true, municipality, listYear }`, or `{ ok: false, reason }`.
 * @throws TypeError when `options` is given but not an object, or `year` is not a number; RangeError
 *   when `year` is not a whole number.
 *
 * @example
 * lookupMunicipality("1525", { year: 2025 })
 * //=> { ok: true, municipality: { number: "1525", name: "Stranda" }, listYear: 2024 }
 * lookupMunicipality("3001", { year: 2024 })
 * //=> { ok: false, reason: "unknown-municipality", listYear: 2024 }
 * lookupMunicipality("3001", { year: 2022 })
 * //=> { ok: true, municipality: { number: "3001", name: "Halden" }, listYear: 2020 }
 * lookupMunicipality("3001", { year: 2019 })
 * //=> { ok: false, reason: "unsupported-year" }
 */
export function lookupMunicipality(number: unknown, options?: LookupMunicipalityOptions): MunicipalityLookup {
  const year = resolveCodeYear(options, "lookupMunicipality");
  if (!hasMunicipalityNumberForm(number)) return { ok: false, reason: "format" };
  const list = municipalityCodeList(year);
  if (list === undefined) return { ok: false, reason: "unsupported-year" };
  const found = indexOf(list.municipalities).get(number);
  if (found === undefined) return { ok: false, reason: "unknown-municipality", listYear: list.listYear };
  // A copy, so that no caller can change the shared list through the result.
  return { ok: true, municipality: { number: found.number, name: found.name }, listYear: list.listYear };
}
