/**
 * Internal: which centuries an individual number (individnummer) and a two-digit year can mean.
 * Not part of the public surface: `index.ts` does not re-export it.
 *
 * @module
 */

/**
 * The series Folkeregisteret uses for fødselsnumre (and that H-numbers must follow, and D-numbers
 * followed until 16 November 2021): 749-500 for 1854-1899, 499-000 for 1900-1999, 999-900 for
 * 1940-1999 and 999-500 for 2000-2039.
 *
 * @param individual - The individual number, 0-999.
 * @param year - The two-digit year, 0-99.
 * @returns The first year of the century (1800, 1900 or 2000), or `undefined` when no series fits.
 *
 * @example
 * registryCentury(600, 85)
 * //=> 1800
 */
export function registryCentury(individual: number, year: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && year >= 54) return 1800;
  if (individual >= 500 && year <= 39) return 2000;
  if (individual >= 900 && year >= 40) return 1900;
  return undefined;
}

/**
 * The series Skatteetaten uses for D-numbers issued from 16 November 2021 ("Utvidelse av
 * D-nummerserien"): 500-599 for 1858-1899, 000-199 for 1900-1939, 000-499 and 600-999 for 1940-1999,
 * 200-999 for 2000-2039.
 *
 * @param individual - The individual number, 0-999.
 * @param year - The two-digit year, 0-99.
 * @returns The first year of the century, or `undefined` when no series fits.
 *
 * @example
 * extendedDNumberCentury(600, 85)
 * //=> 1900
 */
export function extendedDNumberCentury(individual: number, year: number): number | undefined {
  if (year <= 39) return individual <= 199 ? 1900 : 2000;
  if (individual >= 500 && individual <= 599) return year >= 58 ? 1800 : undefined;
  return 1900;
}
