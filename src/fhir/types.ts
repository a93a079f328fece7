// The FHIR R4 JSON shapes samhandling reads and writes, kept minimal and its own: the package has no
// runtime or type dependency on a FHIR library.

/**
 * A FHIR JSON value: what a resource's elements hold.
 *
 * @example
 * const value: FhirValue = { system: "urn:oid:2.16.578.1.12.4.1.4.1", value: "15859012342" };
 */
export type FhirValue = string | number | boolean | readonly FhirValue[] | { readonly [key: string]: FhirValue };

/**
 * A FHIR R4 resource as JSON: its `resourceType` and its elements.
 *
 * @example
 * const patient: FhirResource = { resourceType: "Patient", birthDate: "1990-05-15" };
 */
export interface FhirResource {
  readonly resourceType: string;
  readonly [element: string]: FhirValue;
}

/**
 * One entry of a {@link FhirBundle}: a `urn:uuid:` fullUrl and its resource.
 *
 * @example
 * const entry: FhirBundleEntry = {
 *   fullUrl: "urn:uuid:fcde3c85-2270-590f-9e7c-ee003d65e0e2",
 *   resource: { resourceType: "Patient" },
 * };
 */
export interface FhirBundleEntry {
  readonly fullUrl: string;
  readonly resource: FhirResource;
}

/**
 * A FHIR R4 Bundle of type `collection`, as {@link toFhir} writes it.
 *
 * @example
 * const bundle: FhirBundle = { resourceType: "Bundle", type: "collection", entry: [] };
 */
export interface FhirBundle {
  readonly resourceType: "Bundle";
  readonly type: "collection";
  readonly entry: readonly FhirBundleEntry[];
}

/**
 * A FHIR R4 CodeSystem resource, as {@link FHIR_CODE_SYSTEMS} holds them.
 *
 * @example
 * const system: FhirCodeSystemResource = {
 *   resourceType: "CodeSystem",
 *   url: "https://samhandling.github.io/samhandling/fhir/CodeSystem/meeting-type",
 *   name: "MeetingType",
 *   title: "Meeting type",
 *   status: "active",
 *   content: "complete",
 *   description: "Kinds of meeting.",
 *   concept: [{ code: "responsibility-group-meeting", display: "Responsibility-group meeting" }],
 * };
 */
export interface FhirCodeSystemResource {
  readonly resourceType: "CodeSystem";
  readonly url: string;
  readonly name: string;
  readonly title: string;
  readonly status: "active";
  readonly content: "complete";
  readonly description: string;
  readonly concept: readonly FhirCodeSystemResourceConcept[];
}

/**
 * One code of a {@link FhirCodeSystemResource}, with its English display and its bokmål designation.
 *
 * @example
 * const concept: FhirCodeSystemResourceConcept = { code: "user", display: "User" };
 */
export interface FhirCodeSystemResourceConcept {
  readonly code: string;
  readonly display: string;
  readonly designation?: readonly { readonly language: string; readonly value: string }[];
}
