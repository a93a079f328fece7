// The canonical URLs of the extensions and identifier systems samhandling defines for its FHIR
// mapping (R4 has no element for these), and the core R4 extensions it uses.
import { canonicalUrl } from "./canonical.js";

const ext = (name: string): string => canonicalUrl("StructureDefinition", name);

/**
 * The extensions samhandling defines, by name, each at `${FHIR_BASE}/StructureDefinition/<name>`.
 * Complex ones (`plan-closing`, `plan-revision`, `plan-contribution`, `plan-cooperation`,
 * `consent-incapacity`, `participant-detail`, `coordinator-assignment`) hold sub-extensions named
 * after the plan's fields; docs/fhir.md lists where each sits.
 *
 * @example
 * FHIR_EXTENSION_URLS["consent-withdrawn"]
 * //=> "https://samhandling.github.io/samhandling/fhir/StructureDefinition/consent-withdrawn"
 */
export const FHIR_EXTENSION_URLS = {
  "plan-activated-on": ext("plan-activated-on"),
  "plan-closing": ext("plan-closing"),
  "plan-next-revision": ext("plan-next-revision"),
  "plan-revision": ext("plan-revision"),
  "plan-resource": ext("plan-resource"),
  "plan-need": ext("plan-need"),
  "plan-contribution": ext("plan-contribution"),
  "plan-cooperation": ext("plan-cooperation"),
  "consent-incapacity": ext("consent-incapacity"),
  "participant-detail": ext("participant-detail"),
  "coordinator-assignment": ext("coordinator-assignment"),
  "implied-default": ext("implied-default"),
  "measure-id": ext("measure-id"),
  "measure-scope": ext("measure-scope"),
  "measure-done-on": ext("measure-done-on"),
  "measure-carried-out-on": ext("measure-carried-out-on"),
  "measure-start-on": ext("measure-start-on"),
  "deadline-range": ext("deadline-range"),
  "timing-month-of-year": ext("timing-month-of-year"),
  "consent-giver-role": ext("consent-giver-role"),
  "consent-withdrawn": ext("consent-withdrawn"),
  "consent-form": ext("consent-form"),
  "consent-note": ext("consent-note"),
  "consent-competent-under-16": ext("consent-competent-under-16"),
  "meeting-minutes": ext("meeting-minutes"),
} as const;

/**
 * The core FHIR R4 extensions the mapping uses: the text of a deadline (`originalText`), a
 * measure's title (`careplan-activity-title`), the day of a yearly deadline (`timing-dayOfMonth`)
 * and a goal without a title (`data-absent-reason`).
 *
 * @example
 * FHIR_CORE_EXTENSION_URLS.originalText
 * //=> "http://hl7.org/fhir/StructureDefinition/originalText"
 */
export const FHIR_CORE_EXTENSION_URLS = {
  originalText: "http://hl7.org/fhir/StructureDefinition/originalText",
  activityTitle: "http://hl7.org/fhir/StructureDefinition/careplan-activity-title",
  dayOfMonth: "http://hl7.org/fhir/StructureDefinition/timing-dayOfMonth",
  dataAbsentReason: "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
} as const;

/**
 * The identifier systems (`Identifier.system`) of the ids inside a plan, each at
 * `${FHIR_BASE}/NamingSystem/<name>`: the plan's own id and the ids its parts refer to each other by.
 *
 * @example
 * FHIR_ID_SYSTEMS.participant
 * //=> "https://samhandling.github.io/samhandling/fhir/NamingSystem/participant-id"
 */
export const FHIR_ID_SYSTEMS = {
  plan: canonicalUrl("NamingSystem", "plan-id"),
  participant: canonicalUrl("NamingSystem", "participant-id"),
  goal: canonicalUrl("NamingSystem", "goal-id"),
  consent: canonicalUrl("NamingSystem", "consent-id"),
  meeting: canonicalUrl("NamingSystem", "meeting-id"),
} as const;

/** Other code systems the mapping writes (HL7 terminology and Volven). */
export const EXTERNAL_SYSTEMS = {
  volven9602: "urn:oid:2.16.578.1.12.4.1.1.9602",
  volven8327: "urn:oid:2.16.578.1.12.4.1.1.8327",
  consentScope: "http://terminology.hl7.org/CodeSystem/consentscope",
  loinc: "http://loinc.org",
  actReason: "http://terminology.hl7.org/CodeSystem/v3-ActReason",
  participationType: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  roleCode: "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
  consentPolicy: "http://terminology.hl7.org/CodeSystem/consentpolicycodes",
} as const;
