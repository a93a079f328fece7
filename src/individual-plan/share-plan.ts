import { requireIndividualPlan } from "./_require-plan.js";
import { coverageIndex, planDayOption, requireParticipantId } from "./consent/consent-covers.js";
import type { PlanConsent } from "./consent/schema.js";
import type { CoordinatorAssignment, ResponsibilityGroup, ResponsibilityGroupMeeting } from "./coordination/schema.js";
import type { PlanGoal } from "./goal.js";
import type { PlanMeasure } from "./measure.js";
import type { PlanDateOptions } from "./options.js";
import type { PlanParticipant } from "./participant.js";
import type { IndividualPlan, PlanContribution, PlanCooperation, PlanRevision } from "./schema.js";

/** Drops the keys whose value is `undefined` from a fresh object, so a copy has no empty fields. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value)) if (Reflect.get(value, key) === undefined) Reflect.deleteProperty(value, key);
  return value;
}

function list<T, U>(items: readonly T[] | undefined, map: (item: T) => U): U[] | undefined {
  return items?.map(map);
}

// Each builder below lists what may be shown without consent: an allow-list, so a field added to
// the model later stays withheld until someone decides it is not confidential and adds it here.
const participant = (p: PlanParticipant): PlanParticipant => compact({ id: p.id, role: p.role, joinedOn: p.joinedOn, leftOn: p.leftOn });

const assignment = (a: CoordinatorAssignment): CoordinatorAssignment =>
  compact({ id: a.id, participantId: a.participantId, kind: a.kind, from: a.from, to: a.to, appointedOn: a.appointedOn, trainedOn: a.trainedOn });

const goal = (g: PlanGoal): PlanGoal => compact({ id: g.id, expressedById: g.expressedById, status: g.status, setOn: g.setOn });

const measure = (m: PlanMeasure): PlanMeasure =>
  compact({
    id: m.id,
    goalIds: m.goalIds,
    responsibleId: m.responsibleId,
    deadline: m.deadline,
    status: m.status,
    doneOn: m.doneOn,
    carriedOutOn: m.carriedOutOn,
    startOn: m.startOn,
  });

const consent = (c: PlanConsent): PlanConsent =>
  compact({
    id: c.id,
    purposes: c.purposes,
    sharesWith: c.sharesWith,
    givenBy: c.givenBy,
    givenByParticipantId: c.givenByParticipantId,
    givenOn: c.givenOn,
    validUntil: c.validUntil,
    withdrawnOn: c.withdrawnOn,
    form: c.form,
  });

const meeting = (m: ResponsibilityGroupMeeting): ResponsibilityGroupMeeting =>
  compact({ id: m.id, date: m.date, status: m.status, attendeeIds: m.attendeeIds });

const group = (g: ResponsibilityGroup): ResponsibilityGroup =>
  compact({ establishedOn: g.establishedOn, memberIds: g.memberIds, meetings: list(g.meetings, meeting) });

const revision = (r: PlanRevision): PlanRevision => ({ date: r.date });
const contribution = (c: PlanContribution): PlanContribution => ({ id: c.id, participantId: c.participantId });
const cooperation = (c: PlanCooperation): PlanCooperation => compact({ id: c.id, participantId: c.participantId });

/**
 * The plan without confidential content. `ownId` is the participant whose own entry is kept whole:
 * only when exactly one participant has that id (an ambiguous id keeps no entry whole).
 */
function redactPlan(plan: IndividualPlan, ownId: string | undefined): IndividualPlan {
  const shared: IndividualPlan = compact({
    kind: plan.kind,
    id: plan.id,
    status: plan.status,
    createdOn: plan.createdOn,
    activatedOn: plan.activatedOn,
    closedOn: plan.closedOn,
    period: plan.period,
    nextRevision: plan.nextRevision,
    revisions: list(plan.revisions, revision),
    user: {},
    participants: list(plan.participants, (p) => (ownId !== undefined && p.id === ownId ? p : participant(p))),
    coordinatorAssignments: list(plan.coordinatorAssignments, assignment),
    responsibilityGroup: plan.responsibilityGroup && group(plan.responsibilityGroup),
    goals: list(plan.goals, goal),
    measures: list(plan.measures, measure),
    contributions: list(plan.contributions, contribution),
    cooperation: list(plan.cooperation, cooperation),
    consents: list(plan.consents, consent),
  });
  // The builders share nested arrays and objects with the input; the copy must not.
  return structuredClone(shared);
}

/**
 * A copy of the plan holding only what one participant may see under its consents, so an app can
 * show or send a plan without leaking it. The user, and a participant covered by a consent on the
 * day (see {@link consentCovers}: the same answer, by the same rules of who may consent), get the
 * whole plan. Anyone else gets its structure only: ids, roles, statuses, dates, deadlines and
 * references, plus their own participant entry. That is so for an unknown id, one who left, one
 * whose consent has ended, was given by the user under 16, by a parent once the user is 16, or by
 * anyone not entitled to consent for the user; and when two participants share the id, neither
 * entry is kept whole. Plans with errors are shared by the same rules. All confidential
 * content is left out: the user's name, birth date and national id; other participants' names,
 * relations, services, organisation numbers and contacts; goals' wording and life areas; measures'
 * wording, scope and how they are carried out; resources and needs; the text of contributions and
 * cooperation; consent notes, revision notes and meeting minutes; the coordinating unit's name; the
 * closing reason and note. What may be shown is an allow-list: a field added later is withheld until
 * it is listed.
 *
 * @param plan - The individual plan.
 * @param participantId - The participant to share with.
 * @param options - `today`: the consents are judged on that day.
 * @returns A new plan; the input is not changed. Parts left out are absent, not blanked.
 * @throws TypeError when `options` is not an object, `today` is missing, `plan` is not an individual
 *   plan (nothing is shared from a document the schema refuses) or `participantId` is not a string;
 *   RangeError when `today` is not a valid date.
 *
 * @example
 * const plan = IndividualPlanSchema.parse({
 *   kind: "individual-plan", id: "ip-1", status: "active", user: { name: "Bruker A", birthDate: "1990-05-15" },
 *   participants: [{ id: "p-user", role: "user" }, { id: "p-gp", role: "gp", name: "Fastlege B" }],
 *   goals: [{ id: "g-1", title: "Egen bolig", lifeArea: "housing" }],
 * });
 * sharePlanWith(plan, "p-gp", { today: "2025-10-01" })
 * //=> { kind: "individual-plan", id: "ip-1", status: "active", user: {},
 * //     participants: [{ id: "p-user", role: "user" }, { id: "p-gp", role: "gp", name: "Fastlege B" }],
 * //     goals: [{ id: "g-1" }] }
 */
export function sharePlanWith(plan: IndividualPlan, participantId: string, options: PlanDateOptions): IndividualPlan {
  const today = planDayOption(options, "sharePlanWith");
  requireIndividualPlan(plan, "sharePlanWith");
  requireParticipantId(participantId, "sharePlanWith");
  const coverage = coverageIndex(plan, today)(participantId);
  if (coverage.covered) return structuredClone(plan);
  return redactPlan(plan, coverage.reason === "ambiguous-participant" ? undefined : participantId);
}
