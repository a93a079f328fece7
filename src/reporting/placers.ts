// Internal: where aggregateReports puts each service group of a report, for every level.
import { type CountyFailure, type CountyResult, countyOfMunicipality } from "../core/identifiers/municipality.js";
import type { CatchmentAreas } from "./groupings/catchment-areas.js";
import type { MunicipalityChange } from "./groupings/municipality-changes.js";
import { CATCHMENT_FIELDS, type CatchmentLevel, type GroupingFailure, mapped, oneKey, placeInCatchment } from "./groupings/place.js";
import { lookupMunicipality } from "./municipality-codes.js";
import type { MunicipalReport } from "./schema.js";
import type { ReportAggregationLevel } from "./series.js";

/** Where one service group went: a key (and a name when known), or why it went nowhere. */
export type Place = { readonly ok: true; readonly key: string; readonly name?: string } | { readonly ok: false; readonly reason: CountyFailure | GroupingFailure };

/** Where the adults' and the children's figures of a report went; the same place except by catchment. */
export interface Placed {
  readonly adults: Place;
  readonly childrenAndYoungPeople: Place | undefined;
}

/** What a placer reads of a report: its number, year and district. */
export type Placeable = Pick<MunicipalReport, "municipalityNumber" | "year" | "district">;

/** What the placers read beside `by`. */
export interface PlacerSettings {
  readonly catchments: CatchmentAreas | undefined;
  readonly changes: readonly MunicipalityChange[] | undefined;
  readonly numbering: number | undefined;
  /** By `"group"`: each municipality number's group. */
  readonly groups: ReadonlyMap<string, string> | undefined;
}

const both = (place: Place): Placed => ({ adults: place, childrenAndYoungPeople: place });

function countyPlacer(year: (report: Placeable) => number): (number: string, report: Placeable) => Place {
  // Counties looked up once per year and county number.
  const counties = new Map<string, CountyResult>();
  return (number, report) => {
    const at = year(report);
    const cacheKey = `${at}|${number.slice(0, 2)}`;
    let county = counties.get(cacheKey);
    if (county === undefined) {
      county = countyOfMunicipality(number, { year: at });
      counties.set(cacheKey, county);
    }
    return county.ok ? { ok: true, key: county.county.number, name: county.county.name } : { ok: false, reason: county.reason };
  };
}

function municipalityPlace(number: string, year: number): Place {
  const found = lookupMunicipality(number, { year });
  return found.ok ? { ok: true, key: number, name: found.municipality.name } : { ok: true, key: number };
}

function numberingPlacer(by: "county" | "municipality", settings: PlacerSettings, numbering: number): (report: Placeable) => Placed {
  const county = countyPlacer(() => numbering);
  return (report) => {
    const numbers = mapped(report.municipalityNumber, report.year, numbering, settings.changes);
    if (!numbers.ok) return both(numbers);
    const places = numbers.numbers.map((number) => (by === "county" ? county(number, report) : municipalityPlace(number, numbering)));
    const failed = places.find((place) => !place.ok);
    if (failed) return both(failed);
    const place = oneKey(new Set(places.map((p) => (p.ok ? p.key : undefined))), numbers.change, "split-not-comparable");
    return both(place.ok ? (places[0] ?? place) : place);
  };
}

function catchmentPlacer(by: CatchmentLevel, tables: CatchmentAreas, changes: PlacerSettings["changes"]): (report: Placeable) => Placed {
  const place = (rows: CatchmentAreas["adults"], report: Placeable): Place => {
    const found = placeInCatchment(rows, by, report, tables, changes);
    return found.ok ? { ok: true, key: found.key, name: found.key } : found;
  };
  return (report) => ({
    adults: place(tables.adults, report),
    childrenAndYoungPeople: CATCHMENT_FIELDS[by] === "dpsArea" ? undefined : place(tables.childrenAndYoungPeople, report),
  });
}

/** The placer of a level; `settings` were checked by the caller. */
export function placer(by: ReportAggregationLevel, settings: PlacerSettings): (report: Placeable) => Placed {
  if (by === "national") return () => both({ ok: true, key: "national" });
  if (by === "group") {
    const groups = settings.groups ?? new Map<string, string>();
    return (report) => {
      const key = groups.get(report.municipalityNumber);
      return both(key === undefined ? { ok: false, reason: "not-in-group" } : { ok: true, key, name: key });
    };
  }
  if (by === "health-trust" || by === "dps-area" || by === "regional-health-authority") {
    const { catchments } = settings;
    if (catchments === undefined) throw new TypeError(`aggregateReports: by "${by}" needs the catchments option (catchmentAreas2024)`);
    return catchmentPlacer(by, catchments, settings.changes);
  }
  if (settings.numbering !== undefined) return numberingPlacer(by, settings, settings.numbering);
  if (by === "municipality") return (report) => both(municipalityPlace(report.municipalityNumber, report.year));
  const county = countyPlacer((report) => report.year);
  return (report) => both(county(report.municipalityNumber, report));
}
