import type { RawFinding } from "../../_lib/_legacy.js";
import type { MunicipalReport } from "../schema.js";
import type { ReportRuleContext } from "./context.js";

/** `reporting/year-not-ended` when the report covers a year that has not ended on `today`. */
export function checkReportYear(report: MunicipalReport, ctx: ReportRuleContext): RawFinding[] {
  const currentYear = Number(ctx.today.slice(0, 4));
  return report.year >= currentYear
    ? [{ code: "reporting/year-not-ended", path: ["year"], params: { year: report.year } }]
    : [];
}
