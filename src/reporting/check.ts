import { requireDocument, requireDocuments } from "../_lib/documents.js";
import { checkContext, finalizeFindings } from "../_lib/_legacy.js";
import { ownOption, requireOptions, resolveNumber } from "../_lib/options.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { rawReportFindings, type ReportRuleContext } from "./rules/index.js";
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

/**
 * Resolves the options for the report rules; `fn` names the public function.
 *
 * @throws TypeError or RangeError as {@link checkMunicipalReport} documents for its options.
 */
export function reportRuleContext(options: MunicipalReportCheckOptions, fn = "checkMunicipalReport"): ReportRuleContext {
  requireOptions(options, fn);
  const given = ownOption(options, "maxFullTimeEquivalents");
  const max =
    given === undefined
      ? DEFAULT_MAX_FULL_TIME_EQUIVALENTS
      : resolveNumber(given, "maxFullTimeEquivalents", { min: 0, minExclusive: true });
  return { ...checkContext(options, fn), maxFullTimeEquivalents: max };
}

const REPORT = { label: "a municipal report", kind: "municipal-report", validator: "validateMunicipalReport" } as const;

/** Asserts that `report` is a municipal report; `fn` names the public function. */
export function requireReport(report: unknown, fn: string): asserts report is MunicipalReport {
  requireDocument(MunicipalReportSchema, report, { fn, name: "report", ...REPORT });
}

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
  const ctx = reportRuleContext(options, "checkMunicipalReport");
  requireReport(report, "checkMunicipalReport");
  return finalizeFindings(rawReportFindings(report, ctx), options);
}

/** The body of {@link checkMunicipalReport}, on a report already parsed and options already checked. */
export function runReportChecks(report: MunicipalReport, options: MunicipalReportCheckOptions): Finding[] {
  return finalizeFindings(rawReportFindings(report, reportRuleContext(options, "validateMunicipalReport")), options);
}
