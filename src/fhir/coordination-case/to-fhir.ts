import { requireCoordinationCase } from "../../coordination-case/check.js";
import type { CaseClosingReason, CoordinationCase } from "../../coordination-case/schema.js";
import { identifierSystemOf } from "../../core/identifiers/identifier-systems.js";
import { validateNationalId } from "../../core/identifiers/national-id.js";
import { nameUuid } from "../_uuid.js";
import { codingOf } from "../mapping/_code-system.js";
import type { FhirIdentifier, FhirReference } from "../mapping/types.js";
import { activityTask, appointmentTask, consentTask, offerTask, planTask, type StepLinks } from "./_steps.js";
import { CASE_ID_SYSTEM, CASE_USER_SYSTEM, COORDINATOR_ID_SYSTEM, identifiersOf, NOTICE_SOURCE_URL, withIdentifiers } from "./_systems.js";
import { caseClosingReasonCodeSystem, caseTaskCodeSystem, noticeSourceCodeSystem } from "./code-systems.js";
import type { CoordinationCaseBundle, FhirCasePatient, FhirCaseResource, FhirCaseServiceRequest, FhirCaseTask } from "./types.js";

/** The namespace of the fullUrls: `nameUuid(`${FHIR_BASE}/coordination-case`)`, written out so loading the module computes nothing. */
export const CASE_NAMESPACE = "fad81fde-e7b3-5f47-b252-69dbff2b909b";

/** Whether the case's Task and ServiceRequest count the case as done (completed) or stopped (cancelled, revoked). */
function closedStatus(reason: CaseClosingReason | undefined): "completed" | "cancelled" {
  return reason === "coordination-established" ? "completed" : "cancelled";
}

function patientOf(c: CoordinationCase): FhirCasePatient {
  const identifier: FhirIdentifier[] = identifiersOf(CASE_USER_SYSTEM, c.user.id);
  if (c.user.nationalId !== undefined) {
    const result = validateNationalId(c.user.nationalId);
    const system = identifierSystemOf(result);
    // An H-number has no identifier system (no-basis wants an assigner we do not know): left out.
    if (system !== undefined && result.valid) identifier.push({ system, value: result.value });
  }
  return { resourceType: "Patient", ...withIdentifiers(identifier), ...(c.user.birthDate !== undefined ? { birthDate: c.user.birthDate } : {}) };
}

/**
 * Maps a case of the coordinating unit (sak i koordinerende enhet) to a FHIR R4 `Bundle` of type
 * `collection`: a `Patient` for the user (the case-local id, the national id under HL7 Norway's
 * system, the birth date), a `ServiceRequest` for the notice of need to the coordinating unit (the
 * case id as identifier, authored on the day received, the sending service in the `notice-source`
 * extension), one `Task` for the case (focus: the request; executed from the notice to the closing,
 * the closing reason as `statusReason`), and one `Task` (partOf the case's Task) for each step the
 * case records: consent, the offer and its answers, each coordinator or child-coordinator
 * assignment (owned by a `Practitioner` known by the unit's id), the plan made (a logical reference
 * to the CarePlan by the plan's id) and each logged activity. Statuses: open -> request `active`,
 * Task `in-progress`; closed with coordination established -> `completed` both; closed for another
 * reason (or none) -> request `revoked`, Task `cancelled`. Each `fullUrl` is a `urn:uuid:` derived
 * from the case id and the resource's role (UUID v5): the same case always gives the same Bundle.
 * Never reads the clock, never changes its input.
 *
 * @param coordinationCase - The case; meant to pass {@link validateCoordinationCase}.
 * @returns The Bundle.
 * @throws TypeError when `coordinationCase` is not a coordination case.
 *
 * @example
 * const bundle = coordinationCaseToFhir({
 *   kind: "coordination-case", id: "ke-1", status: "closed", closedOn: "2025-10-01", closingReason: "declined",
 *   user: { id: "u-1" }, notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
 * });
 * bundle.entry.map(({ resource }) => (resource.resourceType === "Patient" || resource.resourceType === "Practitioner" ? resource.resourceType : `${resource.resourceType} ${resource.status}`))
 * //=> ["Patient", "ServiceRequest revoked", "Task cancelled"]
 */
export function coordinationCaseToFhir(coordinationCase: CoordinationCase): CoordinationCaseBundle {
  requireCoordinationCase(coordinationCase, "coordinationCaseToFhir", "coordinationCase");
  const c = coordinationCase;
  const entry: CoordinationCaseBundle["entry"] = [];
  const add = (role: string, resource: FhirCaseResource): FhirReference => {
    const fullUrl = nameUuid(JSON.stringify([c.id, role]), CASE_NAMESPACE);
    entry.push({ fullUrl, resource });
    return { reference: fullUrl, type: resource.resourceType };
  };
  const patient = add("patient", patientOf(c));
  const closed = c.status === "closed" ? closedStatus(c.closingReason) : undefined;
  const request: FhirCaseServiceRequest = {
    resourceType: "ServiceRequest",
    ...withIdentifiers(identifiersOf(CASE_ID_SYSTEM, c.id)),
    extension: [{ url: NOTICE_SOURCE_URL, valueCoding: codingOf(noticeSourceCodeSystem, c.notice.fromService) }],
    status: closed === undefined ? "active" : closed === "completed" ? "completed" : "revoked",
    intent: "order",
    code: { coding: [codingOf(caseTaskCodeSystem, "follow-up-notice")] },
    subject: patient,
    authoredOn: c.notice.receivedOn,
    performerType: { text: "Koordinerende enhet" },
  };
  const requestRef = add("service-request", request);
  const caseTask: FhirCaseTask = {
    resourceType: "Task",
    basedOn: [requestRef],
    status: closed ?? "in-progress",
    ...(c.status === "closed" && c.closingReason !== undefined ? { statusReason: { coding: [codingOf(caseClosingReasonCodeSystem, c.closingReason)] } } : {}),
    intent: "order",
    code: { coding: [codingOf(caseTaskCodeSystem, "follow-up-notice")] },
    focus: requestRef,
    for: patient,
    authoredOn: c.notice.receivedOn,
    executionPeriod: c.closedOn === undefined ? { start: c.notice.receivedOn } : { start: c.notice.receivedOn, end: c.closedOn },
  };
  const links: StepLinks = { request: requestRef, caseTask: add("case-task", caseTask), patient };
  if (c.consent !== undefined) add("consent", consentTask(c.consent, links));
  if (c.offer !== undefined) add("offer", offerTask(c.offer, links));
  const practitioners = new Map<string, FhirReference>();
  for (const [i, appointment] of (c.appointments ?? []).entries()) {
    let owner = practitioners.get(appointment.coordinatorId);
    if (owner === undefined) {
      const practitioner = { resourceType: "Practitioner" as const, ...withIdentifiers(identifiersOf(COORDINATOR_ID_SYSTEM, appointment.coordinatorId)) };
      owner = add(`practitioner:${appointment.coordinatorId}`, practitioner);
      practitioners.set(appointment.coordinatorId, owner);
    }
    // By index as well as id: a duplicate appointment id (a finding of its own) must not share a fullUrl.
    add(`appointment:${i}:${appointment.id}`, appointmentTask(appointment, owner, links));
  }
  if (c.individualPlan !== undefined) add("individual-plan", planTask(c.individualPlan, links));
  for (const [i, activity] of (c.activities ?? []).entries()) add(`activity:${i}`, activityTask(activity, links));
  return { resourceType: "Bundle", type: "collection", entry };
}
