// Internal: the one versioned code-list mechanism for municipality and county numbers. Each year's
// lists are a data file (`<year>.ts`) registered here by the first year they are valid; the
// identifier check (`countyOfMunicipality`) and the reporting rules (`lookupMunicipality`) both find
// the list that applies in a year through `codeListYear`. Adding a year: its data file and one line below.
import { ownOption, requireOptions, resolveNumber } from "../../../_lib/options.js";
import { CODE_LIST_2020 } from "./2020.js";
import { CODE_LIST_2024 } from "./2024.js";
import type { CodeListData } from "./types.js";

export type { CodeEntry, CodeListData } from "./types.js";

/** Every year's code lists, by the first year each is valid: one line per year. */
export const CODE_LISTS: Readonly<Record<number, CodeListData>> = {
  2020: CODE_LIST_2020,
  2024: CODE_LIST_2024,
};

/** The year a number is read in when the caller gives none. */
export const DEFAULT_CODE_YEAR = 2024;

export { hasMunicipalityNumberForm } from "../municipality-number.js";

const LIST_YEARS: readonly number[] = Object.keys(CODE_LISTS)
  .map(Number)
  .sort((a, b) => a - b);

/** The first year any code list covers. */
export const FIRST_CODE_YEAR: number = LIST_YEARS[0] ?? Number.NaN;

/** The first year of the newest list whose first year is not after `year`; `undefined` before the first list. */
export function codeListYear(year: number): number | undefined {
  let best: number | undefined;
  for (const listYear of LIST_YEARS) if (listYear <= year) best = listYear;
  return best;
}

/**
 * Reads the `year` option of a lookup (2024 when left out); `fn` names the public function.
 *
 * @throws TypeError when `options` is given and is not an object, or `year` is not a number;
 *   RangeError when it is not a whole number.
 */
export function resolveCodeYear(options: unknown, fn: string): number {
  if (options === undefined) return DEFAULT_CODE_YEAR;
  requireOptions(options, fn);
  const given = ownOption(options, "year");
  return given === undefined ? DEFAULT_CODE_YEAR : resolveNumber(given, "year", { integer: true });
}
