import type { RuleFinding } from "../../_lib/engine/rule.js";
import { ipItemBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/measure-without-title` (item e): in an active plan, a measure has no wording. */
export const measureWithoutTitleRule = planRule({
  codes: {
    "plan/measure-without-title": {
      severity: "warning",
      description: "In an active plan, a measure (tiltak) has no wording.",
      basis: ipItemBasis("e"),
      messages: {
        nb: "Tiltaket {measureId} mangler tekst",
        nn: "Tiltaket {measureId} manglar tekst",
        en: "Measure {measureId} has no wording",
      },
    },
  },
  statuses: ["active"],
  run: (plan) => {
    const findings: RuleFinding<"plan/measure-without-title">[] = [];
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      if (measure.title === undefined) {
        findings.push({ code: "plan/measure-without-title", path: ["measures", i, "title"], params: { measureId: measure.id } });
      }
    }
    return findings;
  },
});
