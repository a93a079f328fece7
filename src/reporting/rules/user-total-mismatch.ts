import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import type { MunicipalReport } from "../schema.js";
import { COUNTED_PRACTICES, reportRule, sumOf } from "./context.js";

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
export const userTotalMismatchRule = reportRule({
  codes: {
    "reporting/user-total-mismatch": {
      severity: "error",
      description: "The reported number of users is not the sum of the users by age group.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Oppgitt antall brukere ({reported}) er ikke lik summen per aldersgruppe ({sum})",
        nn: "Oppgjeve tal på brukarar ({reported}) er ikkje lik summen per aldersgruppe ({sum})",
        en: "The reported number of users ({reported}) is not the sum by age group ({sum})",
      },
    },
    "reporting/count-exceeds-users": {
      severity: "error",
      description: "More users had an individual plan, a coordinator or a responsibility group than the report has users.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Antallet ({count}) er større enn antall brukere i rapporten ({users})",
        nn: "Talet ({count}) er større enn talet på brukarar i rapporten ({users})",
        en: "The count ({count}) is larger than the number of users in the report ({users})",
      },
    },
  },
  run: (report) => {
    const findings: RuleFinding<"reporting/user-total-mismatch" | "reporting/count-exceeds-users">[] = [];
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
  },
});
