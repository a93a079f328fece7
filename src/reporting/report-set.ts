import { finalizeFindings, type RawFinding } from "../_lib/_legacy.js";
import type { Finding } from "../core/findings/types.js";
import { type MunicipalReportCheckOptions, reportRuleContext, requireReports } from "./check.js";
import { rawReportFindings } from "./rules/index.js";
import type { MunicipalReport } from "./schema.js";

/**
 * Checks a list of yearly reports (årsrapporter): every report as {@link checkMunicipalReport} does,
 * with paths starting at the report's index, and `reporting/duplicate-report` at each report after
 * the first for the same municipality and year.
 *
 * @param reports - Reports that passed {@link MunicipalReportSchema}, e.g. one year's submissions.
 * @param options - `today`, `locale`, per-code `rules` and `maxFullTimeEquivalents`.
 * @returns The findings, sorted by path then code.
 * @throws TypeError when `options` is not an object, an option has the wrong type, or `reports` is not
 *   an array of municipal reports (use {@link validateReportSet} for unknown input); RangeError when
 *   `today` is not a valid date, `maxFullTimeEquivalents` is not a positive number, `locale` is unknown
 *   or `rules` names an unknown code or severity.
 *
 * @example
 * checkReportSet([report, report], { today: "2025-03-01" }).map((finding) => [finding.code, finding.path])
 * //=> [["reporting/duplicate-report", [1]]]
 */
export function checkReportSet(reports: readonly MunicipalReport[], options: MunicipalReportCheckOptions): Finding[] {
  reportRuleContext(options, "checkReportSet");
  requireReports(reports, "checkReportSet");
  return runReportSetChecks(reports, options);
}

/** The body of {@link checkReportSet}, on reports already parsed and options already checked. */
export function runReportSetChecks(reports: readonly MunicipalReport[], options: MunicipalReportCheckOptions): Finding[] {
  const ctx = reportRuleContext(options, "checkReportSet");
  const firstIndex = new Map<string, number>();
  const raw: RawFinding[] = [];
  reports.forEach((report, index) => {
    for (const finding of rawReportFindings(report, ctx)) raw.push({ ...finding, path: [index, ...finding.path] });
    const key = `${report.municipalityNumber}|${report.year}`;
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
    } else {
      raw.push({
        code: "reporting/duplicate-report",
        path: [index],
        params: { municipalityNumber: report.municipalityNumber, year: report.year, firstIndex: first },
      });
    }
  });
  return finalizeFindings(raw, options);
}
