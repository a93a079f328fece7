import type { CountyFailure } from "../core/identifiers/municipality.js";
import type { EducationLevel, Profession } from "./schema.js";

/**
 * The level {@link aggregateReports} groups reports by: the whole country (nasjonalt), county
 * (fylke) or municipality (kommune).
 *
 * @example
 * const level: ReportAggregationLevel = "county";
 */
export type ReportAggregationLevel = "national" | "county" | "municipality";

/**
 * Options for {@link aggregateReports}.
 *
 * @example
 * const options: AggregateReportsOptions = { by: "county" };
 */
export interface AggregateReportsOptions {
  /** The level to group by. */
  readonly by: ReportAggregationLevel;
}

/**
 * Summed full-time equivalents (årsverk) of one service group: the total (the sum by profession),
 * and the sums by profession and by education level, every profession and level present.
 *
 * @example
 * const adults: FullTimeEquivalentTotals = aggregate.series[0]!.points[0]!.adults;
 */
export interface FullTimeEquivalentTotals {
  /** The sum over professions. */
  readonly total: number;
  /** The sum per profession (yrkesgruppe); 0 where none was reported. */
  readonly byProfession: Readonly<Record<Profession, number>>;
  /** The sum per education level (utdanningsnivå); 0 where none was reported. */
  readonly byEducation: Readonly<Record<EducationLevel, number>>;
}

/**
 * One year of a series: how many municipalities reported and their summed FTEs.
 *
 * @example
 * const point: ReportSeriesPoint = aggregate.series[0]!.points[0]!;
 */
export interface ReportSeriesPoint {
  /** The report year. */
  readonly year: number;
  /** How many different municipalities reported this year. */
  readonly municipalities: number;
  /** How many reports were summed; above `municipalities` only when there are duplicates. */
  readonly reports: number;
  /** All FTEs: adults plus children and young people, by profession. */
  readonly total: number;
  /** FTEs in services for adults (voksne). */
  readonly adults: FullTimeEquivalentTotals;
  /** FTEs in services for children and young people (barn og unge). */
  readonly childrenAndYoungPeople: FullTimeEquivalentTotals;
}

/**
 * A time series (tidsserie) for the nation, one county or one municipality, a point per year.
 *
 * @example
 * const series: ReportSeries = { key: "national", points: [] };
 */
export interface ReportSeries {
  /** `"national"`, the county number (`"15"`) or the municipality number (`"1525"`). */
  readonly key: string;
  /** The county's or municipality's name in the newest year of the series; absent for the nation or an unknown number. */
  readonly name?: string;
  /** One point per year that has reports, oldest first. */
  readonly points: readonly ReportSeriesPoint[];
}

/**
 * A report {@link aggregateReports} could place in no county, with the reason from
 * {@link countyOfMunicipality}; it still counts in the national series.
 *
 * @example
 * const unplaced: UnplacedReport = { index: 4, municipalityNumber: "3001", year: 2024, reason: "unknown-county" };
 */
export interface UnplacedReport {
  /** The report's index in the input. */
  readonly index: number;
  /** Its municipality number. */
  readonly municipalityNumber: string;
  /** Its year. */
  readonly year: number;
  /** Why no county was found. */
  readonly reason: CountyFailure;
}

/**
 * What {@link aggregateReports} returns: the series, sorted by key, and the reports it could not place.
 *
 * @example
 * const aggregate: ReportAggregate = { by: "national", series: [], unplaced: [] };
 */
export interface ReportAggregate {
  /** The level the series are grouped by. */
  readonly by: ReportAggregationLevel;
  /** One series per nation, county or municipality, sorted by key. */
  readonly series: readonly ReportSeries[];
  /** Reports left out of the county series; always empty for the other levels. */
  readonly unplaced: readonly UnplacedReport[];
}
