import type { RuleFinding } from "../../_lib/engine/rule.js";
import { shownId } from "../../_lib/shown-id.js";
import { PRACTICE } from "../../core/findings/basis.js";
import type { FindingPath } from "../../core/findings/types.js";
import { planRule } from "../_context.js";

/**
 * `plan/unknown-reference` (practice): an id that should name a participant or a goal names nothing
 * in the plan. `params.id` is the id it could not resolve ("…" when the value could be a national id
 * or free text: a wrong value there may be anything). A measure's responsible is `plan/responsible-not-participant` instead. Any status.
 */
export const unknownReferenceRule = planRule({
  codes: {
    "plan/unknown-reference": {
      severity: "error",
      description: "An id that should name a participant or a goal names nothing in the plan. The finding points at the id by its path. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "Id-en {id} viser ikke til noen del av planen",
        nn: "Id-en {id} viser ikkje til nokon del av planen",
        en: "The id {id} does not refer to anything in the plan",
      },
    },
  },
  run: (plan, { index }) => {
    const findings: RuleFinding<"plan/unknown-reference">[] = [];
    const participant = (id: string | undefined, path: FindingPath): void => {
      if (id !== undefined && !index.participantById.has(id)) findings.push({ code: "plan/unknown-reference", path, params: { id: shownId(id) } });
    };
    for (const [i, measure] of (plan.measures ?? []).entries()) {
      for (const [j, goalId] of (measure.goalIds ?? []).entries()) {
        if (!index.goalIds.has(goalId)) findings.push({ code: "plan/unknown-reference", path: ["measures", i, "goalIds", j], params: { id: shownId(goalId) } });
      }
    }
    for (const [i, goal] of (plan.goals ?? []).entries()) participant(goal.expressedById, ["goals", i, "expressedById"]);
    for (const [i, consent] of (plan.consents ?? []).entries()) {
      participant(consent.givenByParticipantId, ["consents", i, "givenByParticipantId"]);
      if (Array.isArray(consent.sharesWith)) {
        for (const [j, id] of consent.sharesWith.entries()) participant(id, ["consents", i, "sharesWith", j]);
      }
    }
    for (const [i, a] of (plan.coordinatorAssignments ?? []).entries()) participant(a.participantId, ["coordinatorAssignments", i, "participantId"]);
    const group = plan.responsibilityGroup;
    for (const [j, id] of (group?.memberIds ?? []).entries()) participant(id, ["responsibilityGroup", "memberIds", j]);
    for (const [i, meeting] of (group?.meetings ?? []).entries()) {
      for (const [j, id] of (meeting.attendeeIds ?? []).entries()) participant(id, ["responsibilityGroup", "meetings", i, "attendeeIds", j]);
    }
    for (const [i, c] of (plan.contributions ?? []).entries()) participant(c.participantId, ["contributions", i, "participantId"]);
    for (const [i, c] of (plan.cooperation ?? []).entries()) participant(c.participantId, ["cooperation", i, "participantId"]);
    return findings;
  },
});
