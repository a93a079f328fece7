// The CarePlan itself and the Goals: status, category, period, the plan's own dates and lists.
import type { PlanGoal } from "../../individual-plan/goal.js";
import type { IndividualPlan, PlanStatus } from "../../individual-plan/schema.js";
import { FHIR_CORE_EXTENSION_URLS as CORE, EXTERNAL_SYSTEMS as EXT, FHIR_EXTENSION_URLS as X, FHIR_ID_SYSTEMS } from "../extensions.js";
import type { FhirResource } from "../types.js";
import type { ExportContext } from "./_context.js";
import { coding, complexExt, concept, defined, extensions, type Json, nonEmpty, valueExt } from "./_json.js";

export const GOAL_STATUS = { active: "active", achieved: "completed", abandoned: "cancelled" } as const;

export function goalResource(goal: PlanGoal, ctx: ExportContext): FhirResource {
  const unknown = { extension: [{ url: CORE.dataAbsentReason, valueCode: "unknown" }] };
  return {
    resourceType: "Goal",
    ...defined({
      extension: extensions([goal.status === undefined ? valueExt(X["implied-default"], "valueBoolean", true) : undefined]),
      identifier: [{ system: FHIR_ID_SYSTEMS.goal, value: goal.id }],
      lifecycleStatus: GOAL_STATUS[goal.status ?? "active"],
      category: goal.lifeArea === undefined ? undefined : [concept("life-area", goal.lifeArea)],
      description: goal.title === undefined ? unknown : { text: goal.title },
      subject: { reference: ctx.patient },
      startDate: goal.setOn,
      expressedBy: goal.expressedById === undefined ? undefined : ctx.participant(goal.expressedById),
    }),
  };
}

/** Plan status -> CarePlan.status; a plan closed because consent was withdrawn is `revoked`. */
export function carePlanStatus(status: PlanStatus, plan: IndividualPlan): string {
  if (status !== "closed") return status;
  return plan.closingReason === "consent-withdrawn" ? "revoked" : "completed";
}

function planExtensions(plan: IndividualPlan, ctx: ExportContext): readonly Json[] | undefined {
  const closing = complexExt(X["plan-closing"], [
    valueExt("date", "valueDate", plan.closedOn),
    valueExt("reason", "valueCoding", plan.closingReason === undefined ? undefined : coding("closing-reason", plan.closingReason)),
    valueExt("note", "valueString", plan.closingNote),
  ]);
  return extensions([
    valueExt(X["plan-activated-on"], "valueDate", plan.activatedOn),
    closing,
    valueExt(X["plan-next-revision"], "valueDate", plan.nextRevision),
    ...(plan.revisions ?? []).map((r) => complexExt(X["plan-revision"], [valueExt("date", "valueDate", r.date), valueExt("note", "valueString", r.note)])),
    ...(plan.resources ?? []).map((text) => valueExt(X["plan-resource"], "valueString", text)),
    ...(plan.needs ?? []).map((text) => valueExt(X["plan-need"], "valueString", text)),
    ...(plan.contributions ?? []).map((c) =>
      complexExt(X["plan-contribution"], [
        valueExt("id", "valueString", c.id),
        valueExt("participant", "valueReference", ctx.participant(c.participantId)),
        valueExt("description", "valueString", c.description),
      ]),
    ),
    ...(plan.cooperation ?? []).map((c) =>
      complexExt(X["plan-cooperation"], [
        valueExt("id", "valueString", c.id),
        valueExt("partner", "valueString", c.partner),
        valueExt("participant", "valueReference", c.participantId === undefined ? undefined : ctx.participant(c.participantId)),
        valueExt("description", "valueString", c.description),
      ]),
    ),
  ]);
}

export interface CarePlanParts {
  readonly teams: readonly string[];
  readonly goals: readonly string[];
  readonly activities: readonly Json[];
  readonly meetings: readonly string[];
}

export function carePlanResource(plan: IndividualPlan, parts: CarePlanParts, ctx: ExportContext): FhirResource {
  const ipCategory = { coding: [{ system: EXT.volven9602, code: "A02-2", display: "Individuell plan" }, coding("plan-category", "individual-plan")] };
  const meetingActivity = parts.meetings.length === 0 ? [] : [{ outcomeReference: parts.meetings.map((reference) => ({ reference })) }];
  return {
    resourceType: "CarePlan",
    ...defined({
      extension: planExtensions(plan, ctx),
      identifier: [{ system: FHIR_ID_SYSTEMS.plan, value: plan.id }],
      status: carePlanStatus(plan.status, plan),
      intent: "plan",
      category: [ipCategory, ...(plan.services ?? []).map((s) => concept("plan-service", s))],
      subject: { reference: ctx.patient },
      period: plan.period === undefined ? undefined : defined({ start: plan.period.from, end: plan.period.to }),
      created: plan.createdOn,
      careTeam: parts.teams.map((reference) => ({ reference })),
      goal: nonEmpty(parts.goals.map((reference) => ({ reference }))),
      activity: nonEmpty([...parts.activities, ...meetingActivity]),
    }),
  };
}
