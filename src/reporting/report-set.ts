import * as z from "zod";
import { defineChecker } from "../_lib/engine/checker.js";
import type { RuleFinding } from "../_lib/engine/rule.js";
import type { Finding } from "../core/findings/types.js";
import { type MunicipalReportCheckOptions, readReportOptions, requireReports } from "./check.js";
import { duplicateReportRule, type ReportCode, rawReportFindings, reportRuleFindings, reportSetRule } from "./rules/index.js";
import { type MunicipalReport, MunicipalReportSchema } from "./schema.js";

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
  const settings = reportSetChecker.settings(options, "checkReportSet");
  requireReports(reports, "checkReportSet"); // names the first element that is not a report
  return reportSetChecker.run([...reports], settings); // a copy of the list, never the caller's
}

/** The rules of one report, run on each report of a list, with paths starting at the report's index. */
const eachReportRule = reportSetRule({
  codes: reportRuleFindings,
  run: (reports, ctx) =>
    reports.flatMap((report, index) =>
      rawReportFindings(report, ctx).map((finding): RuleFinding<ReportCode> => ({ ...finding, path: [index, ...finding.path] })),
    ),
});

/** A list of yearly reports as a document kind: each report's rules and the duplicates across them. */
export const reportSetChecker = defineChecker({
  document: { name: "reports", label: "a list of municipal reports", validator: "validateReportSet" },
  schema: z.array(MunicipalReportSchema),
  options: readReportOptions,
  context: (_reports, settings) => settings,
  rules: [eachReportRule, duplicateReportRule],
});
