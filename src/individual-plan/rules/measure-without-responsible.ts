import type { RuleFinding } from "../../_lib/engine/rule.js";
import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { isOpenMeasure } from "../_measure-deadline.js";

/** `plan/measure-without-responsible` (item e): in an active plan, an open measure has no one responsible. */
export const measureWithoutResponsibleRule = planRule({
  codes: {
    "plan/measure-without-responsible": {
      severity: "error",
      description: "In an active plan, an open measure has no one responsible (ansvarlig).",
      basis: ipItemBasis("e"),
      messages: {
        nb: "Tiltaket {measureId} har ingen ansvarlig",
        nn: "Tiltaket {measureId} har ingen ansvarleg",
        en: "Measure {measureId} has no one responsible",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => {
    const findings: RuleFinding<"plan/measure-without-responsible">[] = [];
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      if (!isOpenMeasure(measure) || measure.responsibleId !== undefined) continue;
      findings.push({
        code: "plan/measure-without-responsible",
        path: ["measures", i, "responsibleId"],
        params: { measureId: measure.id },
      });
    }
    return findings;
  },
});
