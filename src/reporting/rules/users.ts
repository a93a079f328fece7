import type { RawFinding } from "../../_lib/_legacy.js";
import type { MunicipalReport } from "../schema.js";
import { COUNTED_PRACTICES, sumOf } from "./context.js";

/** The number of users the report gives: the total, else the sum by age group, else unknown. */
function reportedUsers(report: MunicipalReport): number | undefined {
  if (report.users.total !== undefined) return report.users.total;
  const hasGroups = Object.values(report.users.byAgeGroup).some((count) => count !== undefined);
  return hasGroups ? sumOf(report.users.byAgeGroup) : undefined;
}

/**
 * `reporting/user-total-mismatch` when the reported number of users is not the sum by age group, and
 * `reporting/count-exceeds-users` when more users had an individual plan, a coordinator or a
 * responsibility group than the report has users.
 */
export function checkUserCounts(report: MunicipalReport): RawFinding[] {
  const findings: RawFinding[] = [];
  const { total, byAgeGroup } = report.users;
  const sum = sumOf(byAgeGroup);
  if (total !== undefined && total !== sum) {
    findings.push({ code: "reporting/user-total-mismatch", path: ["users", "total"], params: { reported: total, sum } });
  }
  const users = reportedUsers(report);
  if (users === undefined) return findings;
  for (const practice of COUNTED_PRACTICES) {
    const count = report.practice[practice].users;
    if (count !== undefined && count > users) {
      findings.push({ code: "reporting/count-exceeds-users", path: ["practice", practice, "users"], params: { count, users } });
    }
  }
  return findings;
}
