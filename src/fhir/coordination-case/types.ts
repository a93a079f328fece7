import type { FhirCodeableConcept, FhirCoding, FhirExtension, FhirIdentifier, FhirPeriod, FhirReference } from "../mapping/types.js";

/**
 * The user of a case as a FHIR `Patient`: the case-local id, the national id where recorded, the birth date.
 *
 * @example
 * const patient: FhirCasePatient = { resourceType: "Patient", identifier: [{ system: "urn:oid:2.16.578.1.12.4.1.4.1", value: "15859012342" }] };
 */
export interface FhirCasePatient {
  resourceType: "Patient";
  identifier?: FhirIdentifier[];
  birthDate?: string;
}

/**
 * A coordinator the unit appointed, as a FHIR `Practitioner` known only by the unit's own id.
 *
 * @example
 * const practitioner: FhirCasePractitioner = { resourceType: "Practitioner", identifier: [{ system: "https://example.org/NamingSystem/coordinator-id", value: "k-1" }] };
 */
export interface FhirCasePractitioner {
  resourceType: "Practitioner";
  identifier?: FhirIdentifier[];
}

/**
 * The notice of need as a FHIR `ServiceRequest` to the coordinating unit.
 *
 * @example
 * const status: FhirCaseServiceRequest["status"] = "active";
 */
export interface FhirCaseServiceRequest {
  resourceType: "ServiceRequest";
  identifier?: FhirIdentifier[];
  extension: FhirExtension[];
  status: "active" | "completed" | "revoked";
  intent: "order";
  code: FhirCodeableConcept;
  subject: FhirReference;
  authoredOn: string;
  performerType: FhirCodeableConcept;
}

/**
 * One `Task.input` or `Task.output`: its type and a value.
 *
 * @example
 * const value: FhirTaskValue = { type: { coding: [{ code: "trained-on" }] }, valueDate: "2024-05-30" };
 */
export interface FhirTaskValue {
  type: FhirCodeableConcept;
  valueCoding?: FhirCoding;
  valueDate?: string;
  valueReference?: FhirReference;
}

/**
 * The case, or one of its steps, as a FHIR `Task`.
 *
 * @example
 * const status: FhirCaseTask["status"] = "in-progress";
 */
export interface FhirCaseTask {
  resourceType: "Task";
  identifier?: FhirIdentifier[];
  basedOn: FhirReference[];
  partOf?: FhirReference[];
  status: "requested" | "in-progress" | "completed" | "cancelled";
  statusReason?: FhirCodeableConcept;
  businessStatus?: FhirCodeableConcept;
  intent: "order";
  code: FhirCodeableConcept;
  focus?: FhirReference;
  for: FhirReference;
  authoredOn?: string;
  executionPeriod?: FhirPeriod;
  owner?: FhirReference;
  input?: FhirTaskValue[];
  output?: FhirTaskValue[];
}

/**
 * A resource of a coordination case's Bundle.
 *
 * @example
 * const resource: FhirCaseResource = { resourceType: "Practitioner", identifier: [] };
 */
export type FhirCaseResource = FhirCasePatient | FhirCasePractitioner | FhirCaseServiceRequest | FhirCaseTask;

/**
 * A coordination case as a FHIR `Bundle` of type `collection`, as {@link coordinationCaseToFhir} writes it.
 *
 * @example
 * coordinationCaseToFhir({
 *   kind: "coordination-case", id: "ke-1", status: "open", user: { id: "u-1" },
 *   notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
 * }).entry.map((entry) => entry.resource.resourceType)
 * //=> ["Patient", "ServiceRequest", "Task"]
 */
export interface CoordinationCaseBundle {
  resourceType: "Bundle";
  type: "collection";
  entry: { fullUrl: string; resource: FhirCaseResource }[];
}
