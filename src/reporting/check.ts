import { checkContext, finalizeFindings } from "../_lib/findings.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { rawReportFindings, type ReportRuleContext } from "./rules/index.js";
import type { MunicipalReport } from "./schema.js";

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
 * Resolves the options for the report rules.
 *
 * @throws RangeError when `today` is not a valid date, or `maxFullTimeEquivalents` is not a positive number.
 */
export function reportRuleContext(options: MunicipalReportCheckOptions): ReportRuleContext {
  const max = options.maxFullTimeEquivalents ?? DEFAULT_MAX_FULL_TIME_EQUIVALENTS;
  if (!Number.isFinite(max) || max <= 0) throw new RangeError("maxFullTimeEquivalents must be a positive number");
  return { ...checkContext(options), maxFullTimeEquivalents: max };
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
 * @throws RangeError when `today` is not a valid date, or `maxFullTimeEquivalents` is not a positive number.
 *
 * @example
 * checkMunicipalReport({ ...report, municipalityNumber: "3001" }, { today: "2025-03-01", locale: "en" })
 *   .map((finding) => [finding.code, finding.path])
 * //=> [["reporting/unknown-municipality", ["municipalityNumber"]]]
 */
export function checkMunicipalReport(report: MunicipalReport, options: MunicipalReportCheckOptions): Finding[] {
  return finalizeFindings(rawReportFindings(report, reportRuleContext(options)), options);
}
