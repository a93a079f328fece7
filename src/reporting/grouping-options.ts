// Internal: reads the options of aggregateReports beside `by`.
import { describeValue, ownOption, resolveNumber } from "../_lib/options.js";
import type { CatchmentAreas } from "./groupings/catchment-areas.js";
import { isChangeList } from "./groupings/change-list.js";
import type { PlacerSettings } from "./placers.js";
import type { ReportAggregationLevel } from "./series.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isCatchmentAreas(value: unknown): value is CatchmentAreas {
  return (
    isObject(value) &&
    typeof value["numberingYear"] === "number" &&
    Array.isArray(value["adults"]) &&
    Array.isArray(value["childrenAndYoungPeople"])
  );
}

/** Reads the caller's like groups into each number's group; a number in two groups is refused. */
function readGroups(groups: unknown): ReadonlyMap<string, string> {
  if (!isObject(groups) || Array.isArray(groups)) {
    throw new TypeError(`aggregateReports: by "group" needs the groups option (group name to municipality numbers), got ${describeValue(groups)}`);
  }
  const of = new Map<string, string>();
  for (const [name, numbers] of Object.entries(groups)) {
    if (!Array.isArray(numbers) || !numbers.every((n) => typeof n === "string" && /^\d{4}$/.test(n))) {
      throw new TypeError(`aggregateReports: groups["${name}"] must be a list of 4-digit municipality numbers, got ${describeValue(numbers)}`);
    }
    for (const number of numbers) {
      const other = of.get(number);
      if (other !== undefined && other !== name) throw new TypeError(`aggregateReports: groups: ${number} is in both "${other}" and "${name}"`);
      of.set(number, name);
    }
  }
  return of;
}

/**
 * Reads `catchments`, `changes` and `numbering`.
 *
 * @throws TypeError when `catchments` is missing for a catchment level or is not catchment tables,
 *   `changes` is not a list of changes, `numbering` is given for a catchment level or without
 *   `changes`, or `groups` is missing or malformed for `"group"`; RangeError when `numbering` is not a whole year from 2020 to 2100.
 */
export function readGroupingOptions(options: object, by: ReportAggregationLevel): PlacerSettings {
  const catchments = ownOption(options, "catchments");
  const changes = ownOption(options, "changes");
  const numbering = ownOption(options, "numbering");
  const byCatchment = by === "health-trust" || by === "dps-area" || by === "regional-health-authority";
  if (catchments !== undefined && !isCatchmentAreas(catchments)) {
    throw new TypeError(`aggregateReports: catchments must be catchment tables such as catchmentAreas2024, got ${describeValue(catchments)}`);
  }
  if (byCatchment && catchments === undefined) {
    throw new TypeError(`aggregateReports: by "${by}" needs the catchments option (catchmentAreas2024)`);
  }
  if (changes !== undefined && !isChangeList(changes)) {
    throw new TypeError(`aggregateReports: changes must be a list of municipality changes such as municipalityChanges, got ${describeValue(changes)}`);
  }
  if (numbering !== undefined && (by === "national" || by === "group" || byCatchment)) {
    throw new TypeError(`aggregateReports: numbering applies to by "county" or "municipality", not "${by}"`);
  }
  if (numbering !== undefined && changes === undefined) {
    throw new TypeError("aggregateReports: numbering needs the changes option (municipalityChanges)");
  }
  return {
    groups: by === "group" ? readGroups(ownOption(options, "groups")) : undefined,
    catchments,
    changes,
    numbering: numbering === undefined ? undefined : resolveNumber(numbering, "aggregateReports: numbering", { integer: true, min: 2020, max: 2100 }),
  };
}
