import type { RuleFinding } from "../../_lib/engine/rule.js";
import { practiceBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { DEADLINE_NOTICES } from "./_basis.js";

/**
 * `plan/measure-due-soon` (practice): in an active plan, an open measure is due from today through
 * `dueSoonDays` ahead (14 by default).
 */
export const measureDueSoonRule = planRule({
  codes: {
    "plan/measure-due-soon": {
      severity: "info",
      description: "In an active plan, an open measure falls due from today through the due-soon window (dueSoonDays, 14 days by default).",
      basis: practiceBasis(DEADLINE_NOTICES),
      messages: {
        nb: "Fristen for tiltaket {measureId} er {due}, om {days} dager",
        nn: "Fristen for tiltaket {measureId} er {due}, om {days} dagar",
        en: "Measure {measureId} is due on {due}, in {days} days",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { measureDeadlines }) => {
    const states = measureDeadlines();
    const findings: RuleFinding<"plan/measure-due-soon">[] = [];
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      const dueSoon = states[i]?.dueSoon;
      if (dueSoon === undefined) continue;
      findings.push({
        code: "plan/measure-due-soon",
        path: ["measures", i, "deadline"],
        params: { measureId: measure.id, due: dueSoon.due, days: dueSoon.days },
      });
    }
    return findings;
  },
});
