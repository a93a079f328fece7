import { type CountyFailure, type CountyResult, countyOfMunicipality } from "../core/identifiers/municipality.js";
import { ownOption, requireOptions, resolveChoice } from "../_lib/options.js";
import { requireReports } from "./check.js";
import { lookupMunicipality } from "./municipality-codes.js";
import type {
  AggregateReportsOptions,
  FullTimeEquivalentTotals,
  ReportAggregate,
  ReportAggregationLevel,
  ReportSeries,
  ReportSeriesPoint,
  UnplacedReport,
} from "./series.js";
import {
  type EducationLevel,
  EducationLevelSchema,
  type FullTimeEquivalentBreakdown,
  type MunicipalReport,
  type Profession,
  ProfessionSchema,
} from "./schema.js";

interface Totals {
  total: number;
  byProfession: Record<Profession, number>;
  byEducation: Record<EducationLevel, number>;
}

interface Point {
  readonly municipalities: Set<string>;
  reports: number;
  readonly adults: Totals;
  readonly childrenAndYoungPeople: Totals;
}

interface Series {
  name: string | undefined;
  nameYear: number;
  readonly points: Map<number, Point>;
}

type Place = { readonly ok: true; readonly key: string; readonly name?: string } | { readonly ok: false; readonly reason: CountyFailure };

// Written out rather than built from the enums so the compiler checks that every key is there.
function noProfessions(): Record<Profession, number> {
  return {
    nurse: 0,
    "social-educator": 0,
    "social-worker": 0,
    "child-welfare-educator": 0,
    psychologist: 0,
    physician: 0,
    "occupational-therapist": 0,
    physiotherapist: 0,
    teacher: 0,
    "health-worker": 0,
    "peer-worker": 0,
    "other-higher-education": 0,
    other: 0,
  };
}

function noEducationLevels(): Record<EducationLevel, number> {
  return { "no-relevant-education": 0, "upper-secondary": 0, bachelor: 0, "further-education": 0, master: 0 };
}

function emptyTotals(): Totals {
  return { total: 0, byProfession: noProfessions(), byEducation: noEducationLevels() };
}

function addBreakdown(totals: Totals, fte: FullTimeEquivalentBreakdown): void {
  for (const profession of ProfessionSchema.options) {
    const value = fte.byProfession[profession] ?? 0;
    totals.byProfession[profession] += value;
    totals.total += value;
  }
  for (const level of EducationLevelSchema.options) totals.byEducation[level] += fte.byEducation[level] ?? 0;
}

function placer(by: ReportAggregationLevel): (report: MunicipalReport) => Place {
  if (by === "national") return () => ({ ok: true, key: "national" });
  if (by === "municipality") {
    return (report) => {
      const found = lookupMunicipality(report.municipalityNumber, { year: report.year });
      return found.ok
        ? { ok: true, key: report.municipalityNumber, name: found.municipality.name }
        : { ok: true, key: report.municipalityNumber };
    };
  }
  // Counties looked up once per year and county number.
  const counties = new Map<string, CountyResult>();
  return (report) => {
    const cacheKey = `${report.year}|${report.municipalityNumber.slice(0, 2)}`;
    let county = counties.get(cacheKey);
    if (county === undefined) {
      county = countyOfMunicipality(report.municipalityNumber, { year: report.year });
      counties.set(cacheKey, county);
    }
    return county.ok ? { ok: true, key: county.county.number, name: county.county.name } : { ok: false, reason: county.reason };
  };
}

function finishTotals(totals: Totals): FullTimeEquivalentTotals {
  return { total: totals.total, byProfession: { ...totals.byProfession }, byEducation: { ...totals.byEducation } };
}

function finishSeries(key: string, series: Series): ReportSeries {
  const points = [...series.points]
    .sort(([a], [b]) => a - b)
    .map(([year, point]): ReportSeriesPoint => ({
      year,
      municipalities: point.municipalities.size,
      reports: point.reports,
      total: point.adults.total + point.childrenAndYoungPeople.total,
      adults: finishTotals(point.adults),
      childrenAndYoungPeople: finishTotals(point.childrenAndYoungPeople),
    }));
  return series.name === undefined ? { key, points } : { key, name: series.name, points };
}

// The groupings supported; health-trust levels (helseforetak) come in a later version.
const LEVELS: readonly ReportAggregationLevel[] = ["national", "county", "municipality"];

/**
 * Sums yearly reports into time series (tidsserier) of full-time equivalents (årsverk) by
 * profession and by education level, for adults and for children and young people, with the number
 * of municipalities that reported each year: one series for the nation, per county or per
 * municipality. Counties come from {@link countyOfMunicipality} with the report's year, so a number
 * is read with the county list of its time (`3001` is Viken in 2022). Every report is summed as
 * given: run {@link checkReportSet} first, since a duplicate is counted twice (`reports` then exceeds
 * `municipalities`). Sums are not rounded; round them for display.
 *
 * @param reports - Reports that passed {@link MunicipalReportSchema}; not changed.
 * @param options - `by`: `"national"`, `"county"` or `"municipality"`.
 * @returns The series sorted by key, each with one point per year, and the reports placed in no county.
 * @throws TypeError when `options` is not an object, `by` is missing or not a string, or `reports` is
 *   not an array of municipal reports; RangeError when `by` is not `"national"`, `"county"` or
 *   `"municipality"` (health-trust levels are not supported yet).
 *
 * @example
 * const { series } = aggregateReports(reports, { by: "county" });
 * series.map((s) => [s.key, s.name, s.points.map((p) => [p.year, p.municipalities, p.total])])
 * //=> [["15", "Møre og Romsdal", [[2024, 2, 31.5], [2025, 2, 33]]], ["46", "Vestland", [[2024, 1, 18]]]]
 */
export function aggregateReports(reports: readonly MunicipalReport[], options: AggregateReportsOptions): ReportAggregate {
  requireOptions(options, "aggregateReports");
  const by = resolveChoice(ownOption(options, "by"), "by", LEVELS);
  requireReports(reports, "aggregateReports");
  const place = placer(by);
  const seriesByKey = new Map<string, Series>();
  const unplaced: UnplacedReport[] = [];
  reports.forEach((report, index) => {
    const found = place(report);
    if (!found.ok) {
      unplaced.push({ index, municipalityNumber: report.municipalityNumber, year: report.year, reason: found.reason });
      return;
    }
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
      point = { municipalities: new Set(), reports: 0, adults: emptyTotals(), childrenAndYoungPeople: emptyTotals() };
      series.points.set(report.year, point);
    }
    point.municipalities.add(report.municipalityNumber);
    point.reports++;
    addBreakdown(point.adults, report.fullTimeEquivalents.adults);
    addBreakdown(point.childrenAndYoungPeople, report.fullTimeEquivalents.childrenAndYoungPeople);
  });
  const series = [...seriesByKey]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => finishSeries(key, value));
  return { by, series, unplaced };
}
