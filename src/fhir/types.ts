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
 * A FHIR R4 CodeSystem resource of one of the package's own code systems (complete content), as
 * {@link FHIR_CODE_SYSTEMS} and the mapping and case exports hold them.
 *
 * @example
 * const system: FhirCodeSystem = {
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
export interface FhirCodeSystem {
  resourceType: "CodeSystem";
  url: string;
  version?: string;
  name: string;
  title?: string;
  status: "draft" | "active" | "retired" | "unknown";
  description?: string;
  caseSensitive?: boolean;
  content: "complete";
  count?: number;
  concept: FhirCodeSystemConcept[];
}

/**
 * One code of a {@link FhirCodeSystem}: its code, its display, and designations in other languages.
 *
 * @example
 * const concept: FhirCodeSystemConcept = { code: "user", display: "User" };
 */
export interface FhirCodeSystemConcept {
  code: string;
  display: string;
  definition?: string;
  designation?: { language: string; value: string }[];
}
