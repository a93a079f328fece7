import type { RuleFinding } from "../../_lib/engine/rule.js";
import { ipItemBasis } from "../../core/findings/basis.js";
import { isCurrentParticipant, planRule } from "../_context.js";
import { isOpenMeasure } from "../_measure-deadline.js";

/**
 * `plan/responsible-not-participant` (item e): a measure's responsible id names no participant (any
 * plan), or, in an active plan, an open measure's responsible left the plan before today.
 */
export const responsibleNotParticipantRule = planRule({
  codes: {
    "plan/responsible-not-participant": {
      severity: "error",
      description: "A measure's responsible names no participant of the plan or, in an active plan, an open measure's responsible left the plan before today.",
      basis: ipItemBasis("e"),
      messages: {
        nb: "Den ansvarlige for tiltaket {measureId} er ikke (lenger) deltaker i planen",
        nn: "Den ansvarlege for tiltaket {measureId} er ikkje (lenger) deltakar i planen",
        en: "The person responsible for measure {measureId} is not (or no longer) a participant in the plan",
      },
    },
  },
  run: (plan, { today, index }) => {
    const findings: RuleFinding<"plan/responsible-not-participant">[] = [];
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      if (measure.responsibleId === undefined) continue;
      const responsible = index.participantById.get(measure.responsibleId);
      const gone =
        responsible === undefined ||
        (plan.status === "active" && isOpenMeasure(measure) && !isCurrentParticipant(responsible, today));
      if (gone) {
        findings.push({
          code: "plan/responsible-not-participant",
          path: ["measures", i, "responsibleId"],
          params: { measureId: measure.id },
        });
      }
    }
    return findings;
  },
});
