import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import { COUNTED_PRACTICES, reportRule } from "./context.js";

/**
 * `reporting/practice-answers-disagree` when an answer says a practice is not used (or there are no
 * agreements with voluntary organisations) while its count is above zero.
 */
export const practiceAnswersDisagreeRule = reportRule({
  codes: {
    "reporting/practice-answers-disagree": {
      severity: "warning",
      description: "An answer says a practice is not used (or that there are no agreements with voluntary organisations), yet its count is above zero.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Svaret sier at ordningen ikke brukes, men antallet er {count}",
        nn: "Svaret seier at ordninga ikkje blir brukt, men talet er {count}",
        en: "The answer says the practice is not used, yet the count is {count}",
      },
    },
  },
  run: (report) => {
    const findings: RuleFinding<"reporting/practice-answers-disagree">[] = [];
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
  },
});
