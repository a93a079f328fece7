import type { RawFinding } from "../../_lib/_legacy.js";
import { isCurrentParticipant, type PlanRule } from "../_context.js";
import { isOpenMeasure } from "../_measure-deadline.js";

/**
 * `plan/responsible-not-participant` (item e): a measure's responsible id names no participant (any
 * plan), or, in an active plan, an open measure's responsible left the plan before today.
 */
export const responsibleNotParticipantRule: PlanRule = (plan, { today, index }) => {
  const findings: RawFinding[] = [];
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
};
