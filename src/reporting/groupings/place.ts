// Internal: places one service group of a report in a catchment grouping (health trust, DPS area,
// regional health authority) or in a municipality or county of one chosen numbering.
import type { CatchmentAreas, CatchmentEntry } from "./catchment-areas.js";
import type { MunicipalityChange } from "./municipality-changes.js";
import { mapNumber, type NumberingChange, numberingOf } from "./numbering.js";

/**
 * Why {@link aggregateReports} could not place a report (or one service group of it) in a health
 * trust, DPS area, regional health authority or chosen numbering: `unknown-district` (a district
 * (bydel) the table does not list for the municipality), `split-between-areas` (the municipality
 * is split between areas, Oslo between health trusts, and the report names no district),
 * `not-in-table` (the number is not in the table), `numbering-not-mapped` (the report's year uses
 * another numbering and no `changes` were given), `split-not-comparable` (the number was split
 * between units by a reform, so its figures cannot be carried over), `not-in-group` (by `"group"`:
 * the municipality is in none of the caller's groups).
 *
 * @example
 * const reason: GroupingFailure = "split-between-areas";
 */
export type GroupingFailure = "unknown-district" | "split-between-areas" | "not-in-table" | "numbering-not-mapped" | "split-not-comparable" | "not-in-group";

/** Where a group went: its key and the change its number went through to get there. */
export type GroupPlace =
  | { readonly ok: true; readonly key: string; readonly change: NumberingChange }
  | { readonly ok: false; readonly reason: GroupingFailure };

/** The levels read from the catchment tables, with the field of a row that keys them. */
export const CATCHMENT_FIELDS = {
  "health-trust": "healthTrust",
  "dps-area": "dpsArea",
  "regional-health-authority": "regionalHealthAuthority",
} as const;

/** A catchment level. */
export type CatchmentLevel = keyof typeof CATCHMENT_FIELDS;

type Index = ReadonlyMap<string, readonly CatchmentEntry[]>;
const indexes = new WeakMap<readonly CatchmentEntry[], Index>();

function indexOf(rows: readonly CatchmentEntry[]): Index {
  const made = indexes.get(rows);
  if (made) return made;
  const index = new Map<string, CatchmentEntry[]>();
  for (const row of rows) index.set(row.municipality, [...(index.get(row.municipality) ?? []), row]);
  indexes.set(rows, index);
  return index;
}

/** Maps a report's number to `toYear`'s numbering, or says why it cannot be. */
export function mapped(
  number: string,
  year: number,
  toYear: number,
  changes: readonly MunicipalityChange[] | undefined,
): { ok: true; numbers: readonly string[]; change: NumberingChange } | { ok: false; reason: GroupingFailure } {
  if (numberingOf(year) === numberingOf(toYear)) return { ok: true, numbers: [number], change: "unchanged" };
  if (changes === undefined) return { ok: false, reason: "numbering-not-mapped" };
  return { ok: true, ...mapNumber(number, year, toYear, changes) };
}

/** The one key all `keys` share, or the failure: several keys after a split, or (unmapped) areas split. */
export function oneKey(keys: ReadonlySet<string | undefined>, change: NumberingChange, splitReason: GroupingFailure): GroupPlace {
  if (keys.has(undefined)) return { ok: false, reason: "not-in-table" };
  const [key] = keys;
  if (keys.size !== 1 || key === undefined) return { ok: false, reason: change === "split" ? "split-not-comparable" : splitReason };
  return { ok: true, key, change };
}

/** Places one service group of a report with the rows of one catchment table. */
export function placeInCatchment(
  rows: readonly CatchmentEntry[],
  level: CatchmentLevel,
  report: { readonly municipalityNumber: string; readonly year: number; readonly district?: string | undefined },
  tables: CatchmentAreas,
  changes: readonly MunicipalityChange[] | undefined,
): GroupPlace {
  const field = CATCHMENT_FIELDS[level];
  const index = indexOf(rows);
  const numbers = mapped(report.municipalityNumber, report.year, tables.numberingYear, changes);
  if (!numbers.ok) return numbers;
  const keys = new Set<string | undefined>();
  for (const number of numbers.numbers) {
    const found = index.get(number);
    if (found === undefined) {
      keys.add(undefined);
      continue;
    }
    const district = numbers.change === "unchanged" ? report.district : undefined;
    if (district !== undefined && found.some((row) => row.district !== undefined)) {
      const row = found.find((candidate) => candidate.district === district);
      if (row === undefined) return { ok: false, reason: "unknown-district" };
      keys.add(row[field]);
    } else for (const row of found) keys.add(row[field]);
  }
  return oneKey(keys, numbers.change, "split-between-areas");
}
