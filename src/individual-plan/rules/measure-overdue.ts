import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/**
 * `plan/measure-overdue` (hol § 7-2, the coordinator sees to progress): in an active plan, an open
 * measure's deadline has passed; for a recurrence, its previous period passed with no day carried out.
 */
export const measureOverdueRule = planRule({
  codes: {
    "plan/measure-overdue": {
      severity: "warning",
      description: "In an active plan, an open measure's deadline (frist) has passed; for a recurring measure, its previous period passed with no day carried out.",
      basis: basisOf("hol", ["7-2"]),
      messages: {
        nb: "Tiltaket {measureId} skulle vært gjennomført innen {due}",
        nn: "Tiltaket {measureId} skulle vore gjennomført innan {due}",
        en: "Measure {measureId} was due by {due}",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { measureDeadlines }) => {
    const states = measureDeadlines();
    const findings: RuleFinding<"plan/measure-overdue">[] = [];
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      const overdue = states[i]?.overdue;
      if (overdue === undefined) continue;
      findings.push({ code: "plan/measure-overdue", path: ["measures", i, "deadline"], params: { measureId: measure.id, due: overdue } });
    }
    return findings;
  },
});
