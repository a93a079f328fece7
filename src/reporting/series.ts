import type { CountyFailure } from "../core/identifiers/municipality.js";
import type { CatchmentAreas } from "./groupings/catchment-areas.js";
import type { MunicipalityChange } from "./groupings/municipality-changes.js";
import type { GroupingFailure } from "./groupings/place.js";
import type { CategoryScheme, SeriesBreak } from "./schemes.js";
import type { EducationLevel, Profession } from "./schema.js";

/**
 * The level {@link aggregateReports} groups reports by: the whole country (nasjonalt), county
 * (fylke), municipality (kommune), or by the specialist catchment: health trust (helseforetak),
 * DPS area (DPS-område, adults only) or regional health authority (regionalt helseforetak), or by
 * the caller's own like groups of municipalities (`"group"`, e.g. one KOSTRA group each).
 *
 * @example
 * const level: ReportAggregationLevel = "health-trust";
 */
export type ReportAggregationLevel = "national" | "county" | "municipality" | "health-trust" | "dps-area" | "regional-health-authority" | "group";

/**
 * Options for {@link aggregateReports}.
 *
 * @example
 * const options: AggregateReportsOptions = { by: "county" };
 */
export interface AggregateReportsOptions {
  /** The level to group by. */
  readonly by: ReportAggregationLevel;
  /**
   * The catchment tables for `"health-trust"`, `"dps-area"` and `"regional-health-authority"`
   * (required there): {@link catchmentAreas2024}. Passed in so that only callers who group by
   * catchment bundle the tables.
   */
  readonly catchments?: CatchmentAreas | undefined;
  /**
   * The municipality changes, {@link municipalityChanges}: lets a catchment grouping read reports of
   * years in another numbering, and is required with `numbering`.
   */
  readonly changes?: readonly MunicipalityChange[] | undefined;
  /**
   * For `"county"` and `"municipality"`: a continuous series in the numbering of this year (2020 or
   * later), every report's number mapped through `changes`; a split is left unplaced as
   * `split-not-comparable`.
   */
  readonly numbering?: number | undefined;
  /**
   * For `"group"` (required there): the caller's like groups (such as KOSTRA groups), group name to
   * the municipality numbers in it, as the reports carry them; a number may be in one group only.
   * The library ships no groups of its own.
   */
  readonly groups?: Readonly<Record<string, readonly string[]>> | undefined;
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
  /**
   * How many figures (one per report and service group) were reported, carried forward from the
   * previous year for a non-reporter (videreført), or pre-filled and confirmed (forhåndsutfylt og bekreftet).
   */
  readonly figures: { readonly reported: number; readonly carriedForward: number; readonly prefilledConfirmed: number };
  /** How many figures carry the "change not real" flag (a new estimation method, not a real change); summed as reported. */
  readonly changeNotReal: number;
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
  /** The category scheme of the year's form. */
  readonly scheme: CategoryScheme;
  /**
   * How many of the point's reports name a category scheme other than the year's
   * (`reporting/scheme-conflicts-with-year`): their figures are summed with the others across a
   * break. Absent when none.
   */
  readonly otherSchemes?: number;
  /** The breaks between the previous point and this one: compare across them only with care. */
  readonly breakBefore?: readonly SeriesBreak[];
  /**
   * The municipalities of the year's code list (from 2020) that belong to this series' unit and
   * whose figures are not in the point, by number, sorted: at every level, in the numbering the
   * reports carry (a merged unit of a chosen `numbering` names its old parts). By catchment a
   * municipality counts where its adults or its children and young people belong (Eidfjord in two
   * trusts), and Oslo, split between trusts, by city district (`"030110"`); where Oslo is one unit any of
   * its reports counts it. A municipality placed
   * nowhere (a split across a reform) is missing from no series; a year without any report in a unit
   * has no point. Absent before 2020, which has no code list.
   */
  readonly missing?: readonly string[];
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
  /** Why no place was found: a county failure, or a {@link GroupingFailure} for catchments and numberings. */
  readonly reason: CountyFailure | GroupingFailure;
  /** By catchment: the service group left out (adults, or children and young people). */
  readonly serviceGroup?: "adults" | "childrenAndYoungPeople";
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
  /** Reports left out: of the county series, a catchment or a chosen numbering; empty for the nation. */
  readonly unplaced: readonly UnplacedReport[];
  /** By catchment: the service groups summed (children and young people have no DPS areas). */
  readonly serviceGroups?: readonly ("adults" | "childrenAndYoungPeople")[];
  /** With `numbering`: the year whose numbering the series use. */
  readonly numbering?: number;
}
