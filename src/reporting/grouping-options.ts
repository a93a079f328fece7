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


/**
 * Reads `catchments`, `changes` and `numbering`.
 *
 * @throws TypeError when `catchments` is missing for a catchment level or is not catchment tables,
 *   `changes` is not a list of changes, `numbering` is given for a catchment level or without
 *   `changes`; RangeError when `numbering` is not a whole year from 2020 to 2100.
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
  if (numbering !== undefined && (by === "national" || byCatchment)) {
    throw new TypeError(`aggregateReports: numbering applies to by "county" or "municipality", not "${by}"`);
  }
  if (numbering !== undefined && changes === undefined) {
    throw new TypeError("aggregateReports: numbering needs the changes option (municipalityChanges)");
  }
  return {
    catchments,
    changes,
    numbering: numbering === undefined ? undefined : resolveNumber(numbering, "aggregateReports: numbering", { integer: true, min: 2020, max: 2100 }),
  };
}
