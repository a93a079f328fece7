// Internal: the Tasks for the steps a case records. A step the case has not reached gets no Task.
import type { CaseAppointment, CaseActivity } from "../../coordination-case/appointment.js";
import type { CoordinationCase } from "../../coordination-case/schema.js";
import type { CaseConsent, CaseOffer } from "../../coordination-case/steps.js";
import { codingOf } from "../mapping/_code-system.js";
import type { FhirCodeSystem, FhirReference } from "../mapping/types.js";
import {
  caseConsentGiverCodeSystem,
  caseConsentStatusCodeSystem,
  caseTaskCodeSystem,
  caseTaskValueCodeSystem,
  offerAnswerCodeSystem,
} from "./code-systems.js";
import { APPOINTMENT_ID_SYSTEM, identifiersOf, PLAN_ID_SYSTEM, withIdentifiers } from "./_systems.js";
import type { FhirCaseTask, FhirTaskValue } from "./types.js";

/** What every step Task shares: the request, the case Task, the user. */
export interface StepLinks {
  readonly request: FhirReference;
  readonly caseTask: FhirReference;
  readonly patient: FhirReference;
}

const concept = (system: FhirCodeSystem, code: string) => ({ coding: [codingOf(system, code)] });

function step(code: string, status: FhirCaseTask["status"], links: StepLinks): FhirCaseTask {
  return { resourceType: "Task", basedOn: [links.request], partOf: [links.caseTask], status, intent: "order", code: concept(caseTaskCodeSystem, code), for: links.patient };
}

function coded(type: string, system: FhirCodeSystem, code: string): FhirTaskValue {
  return { type: concept(caseTaskValueCodeSystem, type), valueCoding: codingOf(system, code) };
}

/** Consent: pending -> in-progress, given or declined -> completed; where it stands in `businessStatus`. */
export function consentTask(consent: CaseConsent, links: StepLinks): FhirCaseTask {
  switch (consent.status) {
    case "pending":
      return {
        ...step("clarify-consent", "in-progress", links),
        businessStatus: concept(caseConsentStatusCodeSystem, "pending"),
        ...(consent.askedOn !== undefined ? { executionPeriod: { start: consent.askedOn } } : {}),
      };
    case "given": {
      const output = [coded("consent-given-by", caseConsentGiverCodeSystem, consent.givenBy)];
      if (consent.withdrawnOn !== undefined) output.push({ type: concept(caseTaskValueCodeSystem, "consent-withdrawn-on"), valueDate: consent.withdrawnOn });
      const standing = consent.withdrawnOn === undefined ? "given" : "withdrawn";
      return { ...step("clarify-consent", "completed", links), businessStatus: concept(caseConsentStatusCodeSystem, standing), executionPeriod: { end: consent.givenOn }, output };
    }
    case "declined":
      return {
        ...step("clarify-consent", "completed", links),
        businessStatus: concept(caseConsentStatusCodeSystem, "declined"),
        executionPeriod: { end: consent.declinedOn },
        ...(consent.declinedBy !== undefined ? { output: [coded("consent-declined-by", caseConsentGiverCodeSystem, consent.declinedBy)] } : {}),
      };
  }
}

/** The offer: completed once neither answer is pending; the answers as outputs. */
export function offerTask(offer: CaseOffer, links: StepLinks): FhirCaseTask {
  const answered = offer.plan !== "pending" && offer.coordinator !== "pending";
  return {
    ...step("make-offer", answered ? "completed" : "in-progress", links),
    executionPeriod: offer.answeredOn === undefined ? { start: offer.offeredOn } : { start: offer.offeredOn, end: offer.answeredOn },
    output: [coded("plan-answer", offerAnswerCodeSystem, offer.plan), coded("coordinator-answer", offerAnswerCodeSystem, offer.coordinator)],
  };
}

/** An appointment: the assignment over its period, owned by the coordinator; completed once ended. */
export function appointmentTask(appointment: CaseAppointment, owner: FhirReference, links: StepLinks): FhirCaseTask {
  const code = appointment.kind === "child-coordinator" ? "child-coordinator-assignment" : "coordinator-assignment";
  const { appointedOn, endedOn, trainedOn } = appointment;
  return {
    ...step(code, endedOn === undefined ? "in-progress" : "completed", links),
    ...withIdentifiers(identifiersOf(APPOINTMENT_ID_SYSTEM, appointment.id)),
    executionPeriod: endedOn === undefined ? { start: appointedOn } : { start: appointedOn, end: endedOn },
    owner,
    ...(trainedOn !== undefined ? { input: [{ type: concept(caseTaskValueCodeSystem, "trained-on"), valueDate: trainedOn }] } : {}),
  };
}

function planIdentifier(id: string): { identifier?: { system: string; value: string } } {
  const [identifier] = identifiersOf(PLAN_ID_SYSTEM, id);
  return identifier === undefined ? {} : { identifier };
}

/** The plan made: completed on its day, the plan as a logical reference to a CarePlan by its id. */
export function planTask(plan: NonNullable<CoordinationCase["individualPlan"]>, links: StepLinks): FhirCaseTask {
  return {
    ...step("make-plan", "completed", links),
    executionPeriod: { end: plan.madeOn },
    output: [{ type: concept(caseTaskValueCodeSystem, "individual-plan"), valueReference: { type: "CarePlan", ...planIdentifier(plan.id) } }],
  };
}

/** A logged activity: a completed Task on its day. */
export function activityTask(activity: CaseActivity, links: StepLinks): FhirCaseTask {
  const code = activity.kind === "other" ? "other-activity" : activity.kind;
  return { ...step(code, "completed", links), executionPeriod: { start: activity.date, end: activity.date } };
}
