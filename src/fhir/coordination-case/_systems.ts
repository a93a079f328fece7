// Internal: the identifier systems and extension of the coordination-case export.
import { canonicalUrl } from "../canonical.js";

/** The case's id in the unit's register (ServiceRequest.identifier). */
export const CASE_ID_SYSTEM = canonicalUrl("NamingSystem", "coordination-case-id");
/** The user's case-local pseudonymous id (Patient.identifier). */
export const CASE_USER_SYSTEM = canonicalUrl("NamingSystem", "coordination-case-user");
/** The unit's own id of a coordinator (Practitioner.identifier). */
export const COORDINATOR_ID_SYSTEM = canonicalUrl("NamingSystem", "coordinator-id");
/** An appointment's id within its case (Task.identifier). */
export const APPOINTMENT_ID_SYSTEM = canonicalUrl("NamingSystem", "coordinator-appointment-id");
/** An individual plan's id (`IndividualPlan.id`): the system toFhir writes on `CarePlan.identifier`, so the logical reference finds it. */
export const PLAN_ID_SYSTEM = canonicalUrl("NamingSystem", "plan-id");
/** The extension on the ServiceRequest that says where the notice came from. */
export const NOTICE_SOURCE_URL = canonicalUrl("StructureDefinition", "notice-source");

/**
 * An identifier as a one-element list, or none when the value is blank: FHIR strings need a
 * character that is not white space, and the schema's ids do not ask for one.
 */
export function identifiersOf(system: string, value: string): { system: string; value: string }[] {
  return value.trim() === "" ? [] : [{ system, value }];
}

/** `{ identifier }` when there is one, else nothing (FHIR forbids an empty array). */
export function withIdentifiers<T extends { system?: string; value?: string }>(identifier: T[]): { identifier?: T[] } {
  return identifier.length === 0 ? {} : { identifier };
}
