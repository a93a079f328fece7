import type { RawFinding } from "../../_lib/_legacy.js";
import type { MunicipalReport } from "../schema.js";
import { COUNTED_PRACTICES } from "./context.js";

/**
 * `reporting/practice-answers-disagree` when an answer says a practice is not used (or there are no
 * agreements with voluntary organisations) while its count is above zero.
 */
export function checkPracticeAnswers(report: MunicipalReport): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const practice of COUNTED_PRACTICES) {
    const { extent, users } = report.practice[practice];
    if (extent === "not-at-all" && users !== undefined && users > 0) {
      findings.push({ code: "reporting/practice-answers-disagree", path: ["practice", practice, "users"], params: { count: users } });
    }
  }
  const { hasAgreements, agreements } = report.practice.voluntaryOrganisations;
  if (hasAgreements === "no" && agreements !== undefined && agreements > 0) {
    findings.push({
      code: "reporting/practice-answers-disagree",
      path: ["practice", "voluntaryOrganisations", "agreements"],
      params: { count: agreements },
    });
  }
  return findings;
}
