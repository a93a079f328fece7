import type { RawFinding } from "../../_lib/_legacy.js";
import type { MunicipalReport } from "../schema.js";
import type { ReportRule, ReportRuleContext } from "./context.js";
import { checkFullTimeEquivalentTotals } from "./fte-totals.js";
import { checkMunicipalityNumber } from "./municipality.js";
import { checkPracticeAnswers } from "./practice.js";
import { checkUserCounts } from "./users.js";
import { checkValues } from "./values.js";
import { checkReportYear } from "./year.js";

export type { ReportRuleContext } from "./context.js";

const reportRules: readonly ReportRule[] = [
  checkReportYear,
  checkMunicipalityNumber,
  checkValues,
  checkFullTimeEquivalentTotals,
  checkUserCounts,
  checkPracticeAnswers,
];

/** Every rule's raw findings for one report, paths relative to the report. */
export function rawReportFindings(report: MunicipalReport, ctx: ReportRuleContext): RawFinding[] {
  return reportRules.flatMap((rule) => rule(report, ctx));
}
