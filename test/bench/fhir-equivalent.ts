// A FHIR R4 equivalent of an individual plan, for the medplum comparison in the benchmark only (not a
// `toFhir`): one Bundle (collection) of a Patient without identifiers, a CareTeam of the participants,
// one Goal per goal, a CarePlan with one activity per measure, and one Consent per consent. The
// mapping follows /work/shared/FHIR.md section 2; codes under BASE are fictional placeholders.
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CareTeam,
  Consent,
  Goal,
  Patient,
  Period,
  Resource,
  Timing,
} from "@medplum/fhirtypes";
import type { Deadline, DatePoint, IndividualPlan, PlanConsent, PlanMeasure } from "../../src/index.js";

const BASE = "https://samhandling.example/fhir";
const PATIENT = "Patient/pt-1";
const CARE_TEAM = "CareTeam/ct-1";

const MEASURE_STATUS = {
  planned: "not-started",
  "in-progress": "in-progress",
  done: "completed",
  postponed: "on-hold",
  cancelled: "cancelled",
} as const;
const PLAN_STATUS = { draft: "draft", active: "active", closed: "completed" } as const;
const GOAL_STATUS = { active: "active", achieved: "completed", abandoned: "cancelled" } as const;

function pointStart(point: DatePoint): string {
  if (point.kind === "date") return point.date;
  if (point.kind === "month") return point.month;
  return String(point.year);
}

/** `scheduledPeriod` for a one-off deadline, `scheduledTiming` for a recurrence (FHIR.md, "Deadlines"). */
function scheduled(deadline: Deadline): { scheduledPeriod: Period } | { scheduledTiming: Timing } {
  if (deadline.kind === "date") return { scheduledPeriod: { end: deadline.date } };
  if (deadline.kind === "month") return { scheduledPeriod: { start: deadline.month, end: deadline.month } };
  if (deadline.kind === "year") return { scheduledPeriod: { start: String(deadline.year), end: String(deadline.year) } };
  if (deadline.kind === "range") return { scheduledPeriod: { start: pointStart(deadline.from), end: pointStart(deadline.to) } };
  const bounds = "starts" in deadline && deadline.starts !== undefined ? { boundsPeriod: { start: deadline.starts } } : {};
  if (deadline.frequency === "times-per-year") {
    return { scheduledTiming: { repeat: { frequency: deadline.times, period: 1, periodUnit: "a", ...bounds } } };
  }
  if (deadline.frequency === "every") {
    const unit = { week: "wk", month: "mo" } as const;
    return { scheduledTiming: { repeat: { frequency: 1, period: deadline.interval, periodUnit: unit[deadline.unit], ...bounds } } };
  }
  if (deadline.frequency === "times-per") {
    const months = { month: 1, quarter: 3, "half-year": 6 } as const;
    return { scheduledTiming: { repeat: { frequency: deadline.times, period: months[deadline.per], periodUnit: "mo", ...bounds } } };
  }
  // R4 Timing has no month of year; the day goes in the core timing-dayOfMonth extension (FHIR.md).
  const dayOfMonth = { url: "http://hl7.org/fhir/StructureDefinition/timing-dayOfMonth", valuePositiveInt: deadline.day };
  return { scheduledTiming: { repeat: { extension: [dayOfMonth], frequency: 1, period: 1, periodUnit: "a", ...bounds } } };
}

function activity(measure: PlanMeasure): CarePlanActivity {
  return {
    extension: [{ url: "http://hl7.org/fhir/StructureDefinition/careplan-activity-title", valueString: measure.title ?? measure.id }],
    detail: {
      status: MEASURE_STATUS[measure.status ?? "planned"],
      ...(measure.scope === undefined ? {} : { description: measure.scope }),
      goal: (measure.goalIds ?? []).map((id) => ({ reference: `Goal/${id}` })),
      ...(measure.responsibleId === undefined ? {} : { performer: [{ reference: `${CARE_TEAM}`, display: measure.responsibleId }] }),
      ...(measure.deadline === undefined ? {} : scheduled(measure.deadline)),
    },
  };
}

function consent(source: PlanConsent): Consent {
  const sharing = source.purposes.includes("information-sharing");
  const actors = Array.isArray(source.sharesWith) ? source.sharesWith : [];
  return {
    resourceType: "Consent",
    id: source.id,
    status: source.withdrawnOn === undefined ? "active" : "inactive",
    scope: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: sharing ? "patient-privacy" : "treatment" }] },
    category: [{ coding: [{ system: "http://loinc.org", code: "59284-0" }] }],
    patient: { reference: PATIENT },
    dateTime: source.givenOn,
    performer: [{ reference: PATIENT }],
    policyRule: { text: "Pasient- og brukerrettighetsloven § 2-5" },
    provision: {
      type: "permit",
      period: { start: source.givenOn, ...(source.validUntil === undefined ? {} : { end: source.validUntil }) },
      purpose: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActReason", code: "COC" }],
      actor: actors.map((id) => ({
        role: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "IRCP" }] },
        reference: { reference: `${CARE_TEAM}`, display: id },
      })),
    },
    ...(source.withdrawnOn === undefined
      ? {}
      : { extension: [{ url: `${BASE}/StructureDefinition/consent-withdrawn`, valueDate: source.withdrawnOn }] }),
  };
}

function entry(resource: Resource): BundleEntry {
  return { fullUrl: `${BASE}/${resource.resourceType}/${resource.id ?? ""}`, resource };
}

/**
 * The FHIR R4 equivalent of a parsed plan, as one collection Bundle. The patient carries the birth
 * date only (no name, no identifier); participants are CareTeam members described by role.
 *
 * @param plan - A schema-valid plan, e.g. the realistic plan of the benchmark.
 * @returns A Bundle of 3 + goals + consents resources.
 *
 * @example
 * fhirEquivalent(plan).entry?.length // 10 goals, 3 consents
 * //=> 16
 */
export function fhirEquivalent(plan: IndividualPlan): Bundle {
  const patient: Patient = { resourceType: "Patient", id: "pt-1", ...(plan.user.birthDate === undefined ? {} : { birthDate: plan.user.birthDate }) };
  const careTeam: CareTeam = {
    resourceType: "CareTeam",
    id: "ct-1",
    status: "active",
    subject: { reference: PATIENT },
    participant: (plan.participants ?? []).map((participant) => ({
      role: [{ coding: [{ system: `${BASE}/CodeSystem/participant-role`, code: participant.role }], text: participant.service ?? participant.role }],
      ...(participant.role === "user" ? { member: { reference: PATIENT } } : {}),
      ...(participant.joinedOn === undefined ? {} : { period: { start: participant.joinedOn } }),
    })),
  };
  const goals = (plan.goals ?? []).map((goal): Goal => ({
    resourceType: "Goal",
    id: goal.id,
    lifecycleStatus: GOAL_STATUS[goal.status ?? "active"],
    description: { text: goal.title ?? goal.id },
    subject: { reference: PATIENT },
    ...(goal.lifeArea === undefined ? {} : { category: [{ coding: [{ system: `${BASE}/CodeSystem/life-area`, code: goal.lifeArea }] }] }),
    ...(goal.expressedById === undefined ? {} : { expressedBy: { reference: PATIENT } }),
  }));
  const carePlan: CarePlan = {
    resourceType: "CarePlan",
    id: plan.id,
    identifier: [{ system: `${BASE}/individual-plan`, value: plan.id }],
    status: PLAN_STATUS[plan.status],
    intent: "plan",
    category: [{ coding: [{ system: "urn:oid:2.16.578.1.12.4.1.1.9602", code: "A02-2", display: "Individuell plan" }] }],
    subject: { reference: PATIENT },
    ...(plan.period === undefined ? {} : { period: { start: plan.period.from, ...(plan.period.to === undefined ? {} : { end: plan.period.to }) } }),
    ...(plan.createdOn === undefined ? {} : { created: plan.createdOn }),
    careTeam: [{ reference: CARE_TEAM }],
    goal: goals.map((goal) => ({ reference: `Goal/${goal.id}` })),
    activity: (plan.measures ?? []).map(activity),
  };
  const consents = (plan.consents ?? []).map(consent);
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: [patient, careTeam, carePlan, ...goals, ...consents].map(entry),
  };
}
