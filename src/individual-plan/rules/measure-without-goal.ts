import type { RuleFinding } from "../../_lib/engine/rule.js";
import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/measure-without-goal` (item e): in an active plan, a measure not cancelled links to no goal. */
export const measureWithoutGoalRule = planRule({
  codes: {
    "plan/measure-without-goal": {
      severity: "warning",
      description: "In an active plan, a measure that is not cancelled is linked to no goal.",
      basis: ipItemBasis("e"),
      messages: {
        nb: "Tiltaket {measureId} er ikke knyttet til noe mål",
        nn: "Tiltaket {measureId} er ikkje knytt til noko mål",
        en: "Measure {measureId} is not linked to any goal",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => {
    const findings: RuleFinding<"plan/measure-without-goal">[] = [];
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      if (measure.status === "cancelled" || (measure.goalIds ?? []).length > 0) continue;
      findings.push({ code: "plan/measure-without-goal", path: ["measures", i, "goalIds"], params: { measureId: measure.id } });
    }
    return findings;
  },
});
