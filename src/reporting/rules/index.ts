import { catalogOf, type RuleCodes, type RuleFinding } from "../../_lib/engine/rule.js";
import type { MunicipalReport } from "../schema.js";
import type { ReportRuleContext } from "./context.js";
import { districtRule } from "./unknown-district.js";
import { schemeConflictRule } from "./scheme-conflicts-with-year.js";
import { duplicateReportRule } from "./duplicate-report.js";
import { fteTotalMismatchRule } from "./fte-total-mismatch.js";
import { negativeValueRule } from "./negative-value.js";
import { practiceAnswersDisagreeRule } from "./practice-answers-disagree.js";
import { unknownMunicipalityRule } from "./unknown-municipality.js";
import { userTotalMismatchRule } from "./user-total-mismatch.js";
import { yearNotEndedRule } from "./year-not-ended.js";

export { type ReportRuleContext, reportRule, reportSetRule } from "./context.js";
export { duplicateReportRule } from "./duplicate-report.js";

/** Every rule `checkMunicipalReport` runs on one report. Order does not matter: findings are sorted by path, then code. */
export const reportRules = [
  yearNotEndedRule,
  unknownMunicipalityRule,
  negativeValueRule,
  fteTotalMismatchRule,
  userTotalMismatchRule,
  practiceAnswersDisagreeRule,
  districtRule,
  schemeConflictRule,
] as const;

/** The codes the rules of one report emit. */
export type ReportCode = RuleCodes<(typeof reportRules)[number]>;

/** The codes of the rules of one report, as one table. */
export const reportRuleFindings = catalogOf(reportRules);

/** What the rules of one report find in it, before the caller's settings apply; paths inside the report. */
export function rawReportFindings(report: MunicipalReport, ctx: ReportRuleContext): RuleFinding<ReportCode>[] {
  const raw: RuleFinding<ReportCode>[] = [];
  for (const rule of reportRules) raw.push(...rule.run(report, ctx));
  return raw;
}

/**
 * The codes of the reporting concept (the yearly municipal report, IS-24/8), `reporting/...`, as
 * the rules declare them: those of one report and `reporting/duplicate-report` of a list.
 */
export const reportingFindings = catalogOf([...reportRules, duplicateReportRule]);
