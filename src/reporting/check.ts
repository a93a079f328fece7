import { requireDocuments } from "../_lib/documents.js";
import { defineChecker } from "../_lib/engine/checker.js";
import { ownOption, resolveNumber, resolveTodayOption } from "../_lib/options.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { reportRules } from "./rules/index.js";
import { type MunicipalReport, MunicipalReportSchema } from "./schema.js";

const DEFAULT_MAX_FULL_TIME_EQUIVALENTS = 5000;

/**
 * Options for {@link checkMunicipalReport}, {@link checkReportSet} and the validators: the common
 * {@link CheckOptions} and the plausibility limit for FTE figures.
 *
 * @example
 * const options: MunicipalReportCheckOptions = { today: "2025-03-01", locale: "nn", maxFullTimeEquivalents: 800 };
 */
export interface MunicipalReportCheckOptions extends CheckOptions {
  /**
   * The largest FTE figure (årsverk) taken as plausible for one municipality; larger figures get
   * `reporting/implausible-fte`. 5000 when left out, above the whole service of the largest municipality.
   */
  readonly maxFullTimeEquivalents?: number;
}

/** The report options, read: `today` and the plausibility limit. */
export interface ReportSettings {
  readonly today: CalendarDate;
  readonly maxFullTimeEquivalents: number;
}

/**
 * Reads the report options the checkers read beside `locale` and `rules` (which must be an object already).
 *
 * @throws TypeError or RangeError as {@link checkMunicipalReport} documents for its options.
 */
export function readReportOptions(options: MunicipalReportCheckOptions): ReportSettings {
  const given = ownOption(options, "maxFullTimeEquivalents");
  const maxFullTimeEquivalents =
    given === undefined
      ? DEFAULT_MAX_FULL_TIME_EQUIVALENTS
      : resolveNumber(given, "maxFullTimeEquivalents", { min: 0, minExclusive: true });
  return { maxFullTimeEquivalents, today: resolveTodayOption(options) };
}

const REPORT = { label: "a municipal report", kind: "municipal-report", validator: "validateMunicipalReport" } as const;

/** Asserts that `reports` is an array of municipal reports, naming the first that is not. */
export function requireReports(reports: unknown, fn: string): asserts reports is readonly MunicipalReport[] {
  requireDocuments(MunicipalReportSchema, reports, { fn, name: "reports", ...REPORT, validator: "validateReportSet" });
}

/**
 * Checks a municipality's yearly report (årsrapportering, IS-24/8) beyond its schema: negative or
 * implausible values, totals that do not add up, FTEs by profession and by education level that
 * differ, counts above the number of users, practice answers that contradict their counts, a
 * municipality number not in the code list valid in the report's year (or, as info, no list for
 * that year), and a year that has not ended on `today`.
 *
 * @param report - A report that passed {@link MunicipalReportSchema}.
 * @param options - `today`, `locale`, per-code `rules` and `maxFullTimeEquivalents`.
 * @returns The findings, sorted by path then code; empty when the report is sound.
 * @throws TypeError when `options` is not an object, an option has the wrong type, or `report` is not
 *   a municipal report (use {@link validateMunicipalReport} for unknown input); RangeError when
 *   `today` is not a valid date, `maxFullTimeEquivalents` is not a positive number, `locale` is unknown
 *   or `rules` names an unknown code or severity.
 *
 * @example
 * checkMunicipalReport({ ...report, municipalityNumber: "3001" }, { today: "2025-03-01", locale: "en" })
 *   .map((finding) => [finding.code, finding.path])
 * //=> [["reporting/unknown-municipality", ["municipalityNumber"]]]
 */
export function checkMunicipalReport(report: MunicipalReport, options: MunicipalReportCheckOptions): Finding[] {
  return reportChecker.check(report, options, "checkMunicipalReport");
}

/** The yearly report as a document kind: its schema, options, rule context and rules. */
export const reportChecker = defineChecker({
  document: { name: "report", ...REPORT },
  schema: MunicipalReportSchema,
  options: readReportOptions,
  context: (_report, settings) => settings,
  rules: reportRules,
});
