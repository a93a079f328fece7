import type { Validation } from "../core/findings/types.js";
import { type MunicipalReportCheckOptions, reportChecker } from "./check.js";
import { reportSetChecker } from "./report-set.js";
import type { MunicipalReport } from "./schema.js";

/**
 * Validates unknown input as a yearly report (årsrapportering): the schema, then
 * {@link checkMunicipalReport}. Never throws on any input.
 *
 * @param input - Anything, e.g. parsed JSON from a reporting portal.
 * @param options - `today`, `locale`, per-code `rules` and `maxFullTimeEquivalents`.
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws TypeError when `options` is not an object or an option has the wrong type; RangeError when
 *   `today` is not a valid date, `maxFullTimeEquivalents` is not a positive number, `locale` is unknown
 *   or `rules` names an unknown code or severity.
 *
 * @example
 * validateMunicipalReport({ kind: "municipal-report" }, { today: "2025-03-01" }).ok
 * //=> false
 * validateMunicipalReport(report, { today: "2025-03-01" })
 * //=> { ok: true, value: report, findings: [] }
 */
export function validateMunicipalReport(
  input: unknown,
  options: MunicipalReportCheckOptions,
): Validation<MunicipalReport> {
  return reportChecker.validate(input, options, "validateMunicipalReport");
}

/**
 * Validates unknown input as a list of yearly reports: the schema of each, then
 * {@link checkReportSet} (each report's checks and duplicates). Never throws on any input.
 *
 * @param input - Anything, e.g. a JSON array of reports.
 * @param options - `today`, `locale`, per-code `rules` and `maxFullTimeEquivalents`.
 * @returns `{ ok: true, value, findings }` when no finding is an error, else `{ ok: false, findings }`.
 * @throws TypeError when `options` is not an object or an option has the wrong type; RangeError when
 *   `today` is not a valid date, `maxFullTimeEquivalents` is not a positive number, `locale` is unknown
 *   or `rules` names an unknown code or severity.
 *
 * @example
 * validateReportSet([report, report], { today: "2025-03-01" }).findings.map((finding) => finding.code)
 * //=> ["reporting/duplicate-report"]
 */
export function validateReportSet(input: unknown, options: MunicipalReportCheckOptions): Validation<MunicipalReport[]> {
  return reportSetChecker.validate(input, options, "validateReportSet");
}
