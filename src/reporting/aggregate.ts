import { ownOption, requireOptions, resolveChoice } from "../_lib/options.js";
import { requireReports } from "./check.js";
import { readGroupingOptions } from "./grouping-options.js";
import { type Place, placer } from "./placers.js";
import type {
  AggregateReportsOptions,
  ReportAggregate,
  ReportAggregationLevel,
  ReportSeries,
  ReportSeriesPoint,
  UnplacedReport,
} from "./series.js";
import type { MunicipalReport } from "./schema.js";
import { addBreakdown, emptyTotals, finishTotals, type Totals } from "./totals.js";
import { breakBetween, schemeOf } from "./schemes.js";
import { type ExpectedUnits, expectedUnits, missingUnits, type ReportedUnits } from "./missing.js";

interface Point {
  readonly municipalities: Set<string>;
  readonly units: ReportedUnits;
  reports: number;
  otherSchemes: number;
  readonly adults: Totals;
  readonly childrenAndYoungPeople: Totals;
}

interface Series {
  name: string | undefined;
  nameYear: number;
  readonly points: Map<number, Point>;
}

function finishSeries(key: string, series: Series, expectedIn: (year: number) => ExpectedUnits | undefined): ReportSeries {
  const sorted = [...series.points].sort(([a], [b]) => a - b);
  const points = sorted.map(([year, point], index): ReportSeriesPoint => {
    const previous = sorted[index - 1]?.[0];
    const seriesBreak = previous === undefined ? undefined : breakBetween(previous, year);
    const expected = expectedIn(year);
    const missing = expected === undefined ? undefined : missingUnits(expected, key, point.units);
    return {
      year,
      municipalities: point.municipalities.size,
      reports: point.reports,
      total: point.adults.total + point.childrenAndYoungPeople.total,
      adults: finishTotals(point.adults),
      childrenAndYoungPeople: finishTotals(point.childrenAndYoungPeople),
      scheme: schemeOf(year),
      ...(seriesBreak === undefined ? {} : { breakBefore: seriesBreak }),
      ...(point.otherSchemes === 0 ? {} : { otherSchemes: point.otherSchemes }),
      ...(missing === undefined ? {} : { missing }),
    };
  });
  return series.name === undefined ? { key, points } : { key, name: series.name, points };
}

// The groupings supported.
const LEVELS: readonly ReportAggregationLevel[] = ["national", "county", "municipality", "health-trust", "dps-area", "regional-health-authority", "group"];
const SERVICE_GROUPS = ["adults", "childrenAndYoungPeople"] as const;

/**
 * Sums yearly reports into time series (tidsserier) of full-time equivalents (årsverk) by
 * profession and by education level, for adults and for children and young people, with the number
 * of municipalities that reported each year: one series for the nation, per county or per
 * municipality. Counties come from {@link countyOfMunicipality} with the report's year, so a number
 * is read with the county list of its time (`3001` is Viken in 2022). Every report is summed as
 * given: run {@link checkReportSet} first, since a duplicate is counted twice (`reports` then exceeds
 * `municipalities`). Sums are not rounded; round them for display.
 *
 * By `"health-trust"`, `"dps-area"` or `"regional-health-authority"` the caller passes the tables
 * ({@link catchmentAreas2024}): adults are placed by the adult table, children and young people by
 * the BUP table (so one report may count in two series), DPS areas hold adults only. Oslo's reports
 * are placed by their `district` (bydel); without one they are unplaced as `split-between-areas`.
 * With `changes` ({@link municipalityChanges}) reports of years in another numbering are mapped to
 * the tables'. With `numbering` (and `changes`), `"county"` and `"municipality"` give continuous
 * series in that year's numbering: renumberings and merges mapped, splits unplaced as
 * `split-not-comparable`. Every point names by number the municipalities (Oslo by district where it
 * is split) of the year's code list that belong to the unit but are not in it (`missing`). Series are
 * keyed by name or number and sorted by key, never ranked. By `"group"` the caller's own like groups
 * (`groups`, e.g. KOSTRA groups) are summed, for comparing within like groups as
 * Helsedirektoratet advises; a report of a municipality in none is unplaced as `not-in-group`.
 *
 * @param reports - Reports that passed {@link MunicipalReportSchema}; not changed.
 * @param options - `by`, and `catchments`, `changes`, `numbering`, `groups` as above.
 * @returns The series sorted by key, each with one point per year, and the reports (or, by
 *   catchment, service groups) placed nowhere, with the reason.
 * @throws TypeError when `options` is not an object, `by` is missing or not a string, `reports` is
 *   not an array of municipal reports, `catchments` is missing for a catchment level or not tables,
 *   `changes` is not a list of changes, `numbering` is given for another level or without
 *   `changes`, or `groups` is missing or malformed (a number in two groups) for `"group"`;
 *   RangeError when `by` is not one of the levels or `numbering` is not a year from 2020.
 *
 * @example
 * const { series } = aggregateReports(reports, { by: "county" });
 * series.map((s) => [s.key, s.name, s.points.map((p) => [p.year, p.municipalities, p.total])])
 * //=> [["15", "Møre og Romsdal", [[2024, 2, 31.5], [2025, 2, 33]]], ["46", "Vestland", [[2024, 1, 18]]]]
 * aggregateReports(reports, { by: "health-trust", catchments: catchmentAreas2024 }).series.map((s) => s.key)
 * //=> ["Helse Bergen HF", "Helse Møre og Romsdal HF"]
 */
export function aggregateReports(reports: readonly MunicipalReport[], options: AggregateReportsOptions): ReportAggregate {
  requireOptions(options, "aggregateReports");
  const by = resolveChoice(ownOption(options, "by"), "by", LEVELS);
  requireReports(reports, "aggregateReports");
  const settings = readGroupingOptions(options, by);
  const place = placer(by, settings);
  const seriesByKey = new Map<string, Series>();
  const unplaced: UnplacedReport[] = [];
  const byCatchment = by === "health-trust" || by === "dps-area" || by === "regional-health-authority";
  const pointOf = (found: Place & { ok: true }, report: MunicipalReport): Point => {
    let series = seriesByKey.get(found.key);
    if (series === undefined) {
      series = { name: undefined, nameYear: Number.NEGATIVE_INFINITY, points: new Map() };
      seriesByKey.set(found.key, series);
    }
    if (found.name !== undefined && report.year >= series.nameYear) {
      series.name = found.name;
      series.nameYear = report.year;
    }
    let point = series.points.get(report.year);
    if (point === undefined) {
      point = { municipalities: new Set(), units: { adults: new Set(), childrenAndYoungPeople: new Set() }, reports: 0, otherSchemes: 0, adults: emptyTotals(), childrenAndYoungPeople: emptyTotals() };
      series.points.set(report.year, point);
    }
    return point;
  };
  reports.forEach((report, index) => {
    const placed = place(report);
    const touched = new Set<Point>();
    for (const group of SERVICE_GROUPS) {
      const found = placed[group];
      if (found === undefined) continue;
      if (!found.ok) {
        if (group === "adults" || byCatchment) {
          const where = { index, municipalityNumber: report.municipalityNumber, year: report.year, reason: found.reason };
          unplaced.push(byCatchment ? { ...where, serviceGroup: group } : where);
        }
        continue;
      }
      const point = pointOf(found, report);
      if (!touched.has(point)) {
        touched.add(point);
        point.municipalities.add(report.municipalityNumber);
        point.reports++;
        if (report.scheme !== undefined && report.scheme !== schemeOf(report.year)) point.otherSchemes++;
      }
      point.units[group].add(report.municipalityNumber);
      if (report.district !== undefined) point.units[group].add(report.district);
      addBreakdown(point[group], report.fullTimeEquivalents[group]);
    }
  });
  // The units each year should have had, placed once per year with the same placer.
  const expected = new Map<number, ExpectedUnits | undefined>();
  const expectedIn = (year: number): ExpectedUnits | undefined => {
    if (!expected.has(year)) expected.set(year, expectedUnits(place, year));
    return expected.get(year);
  };
  const series = [...seriesByKey]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => finishSeries(key, value, expectedIn));
  const extra = byCatchment ? { serviceGroups: by === "dps-area" ? ["adults" as const] : [...SERVICE_GROUPS] } : {};
  return { by, series, unplaced, ...extra, ...(settings.numbering === undefined ? {} : { numbering: settings.numbering }) };
}
