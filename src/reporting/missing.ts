// Internal: the units (municipalities, or city districts where a municipality is split between
// areas) a point of a series should hold, so that every point names by number those missing.
import { DISTRICTS_2024 } from "./groupings/data/districts-2024.js";
import { municipalityCodeList } from "./municipality-codes.js";
import type { Placeable, Placed } from "./placers.js";

/** A service group of a report. */
export type ServiceGroup = "adults" | "childrenAndYoungPeople";

const GROUPS: readonly ServiceGroup[] = ["adults", "childrenAndYoungPeople"];

/** Per service group and key: the units of the year's code list that belong there. */
export type ExpectedUnits = ReadonlyMap<ServiceGroup, ReadonlyMap<string, ReadonlySet<string>>>;

/** Per service group: the units (municipality and district numbers) whose figures reached a point. */
export type ReportedUnits = Readonly<Record<ServiceGroup, Set<string>>>;

const districtsOf = new Map(DISTRICTS_2024.map(([municipality, , districts]) => [municipality, districts]));

/**
 * Places every municipality of `year`'s code list with the level's own placer; one split between
 * areas (Oslo by health trust) is placed district by district. `undefined` when no list covers the
 * year (before 2020). A municipality that cannot be placed (a split across a reform) is expected nowhere.
 */
export function expectedUnits(place: (report: Placeable) => Placed, year: number): ExpectedUnits | undefined {
  const list = municipalityCodeList(year);
  if (list === undefined) return undefined;
  const expected = new Map<ServiceGroup, Map<string, Set<string>>>();
  const add = (group: ServiceGroup, key: string, unit: string): void => {
    let byKey = expected.get(group);
    if (byKey === undefined) expected.set(group, (byKey = new Map()));
    let units = byKey.get(key);
    if (units === undefined) byKey.set(key, (units = new Set()));
    units.add(unit);
  };
  for (const { number } of list.municipalities) {
    const placed = place({ municipalityNumber: number, year });
    for (const group of GROUPS) {
      const found = placed[group];
      if (found === undefined) continue;
      if (found.ok) add(group, found.key, number);
      else if (found.reason === "split-between-areas") {
        for (const district of districtsOf.get(number) ?? []) {
          const again = place({ municipalityNumber: number, year, district })[group];
          if (again?.ok === true) add(group, again.key, district);
        }
      }
    }
  }
  return expected;
}

/** The units expected under `key` whose figures (of any service group) did not reach the point, sorted. */
export function missingUnits(expected: ExpectedUnits, key: string, reported: ReportedUnits): string[] {
  const missing = new Set<string>();
  for (const [group, byKey] of expected) {
    for (const unit of byKey.get(key) ?? []) if (!reported[group].has(unit)) missing.add(unit);
  }
  return [...missing].sort();
}
