import type { RuleFinding } from "../../_lib/engine/rule.js";
import { practiceBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { CLOSING } from "./_basis.js";

/** `plan/closing-details-missing` (practice: closing sets an end date): a closed plan lacks `closedOn` or `closingReason`. */
export const closingDetailsMissingRule = planRule({
  codes: {
    "plan/closing-details-missing": {
      severity: "warning",
      description: "A closed plan lacks its closing date (closedOn) or its reason for closing.",
      basis: practiceBasis(CLOSING),
      messages: {
        nb: "Den avsluttede planen mangler sluttdato eller årsak til avslutning",
        nn: "Den avslutta planen manglar sluttdato eller årsak til avslutning",
        en: "The closed plan lacks its closing date or its reason for closing",
      },
    },
  },
  statuses: ["closed"],
  run: (plan) => {
    const findings: RuleFinding<"plan/closing-details-missing">[] = [];
    if (plan.closedOn === undefined) findings.push({ code: "plan/closing-details-missing", path: ["closedOn"] });
    if (plan.closingReason === undefined) findings.push({ code: "plan/closing-details-missing", path: ["closingReason"] });
    return findings;
  },
});
