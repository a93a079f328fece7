// The few FHIR R4 data types and resources the mapping and case exports write, as plain JSON shapes.
// Declared here (not imported from @medplum/fhirtypes, a dev dependency) so the package's types stand
// alone; test/fhir checks that each one is assignable to medplum's type of the same resource.

export type { FhirCodeSystem, FhirCodeSystemConcept } from "../types.js";

/**
 * A FHIR extension (`Extension`): a URL and one value, or nested extensions.
 *
 * @example
 * const extension: FhirExtension = { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 };
 */
export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: FhirCodeableConcept;
  extension?: FhirExtension[];
}

/**
 * The extensions of a primitive element (`_text`, `_title`): translations, in this package.
 *
 * @example
 * const element: FhirPrimitiveElement = { extension: [] };
 */
export interface FhirPrimitiveElement {
  extension?: FhirExtension[];
}

/**
 * A FHIR `Coding`: a code from a system, with its display.
 *
 * @example
 * const coding: FhirCoding = { system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" };
 */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
  _display?: FhirPrimitiveElement;
}

/**
 * A FHIR `CodeableConcept`: codings and a text.
 *
 * @example
 * const concept: FhirCodeableConcept = { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" }] };
 */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/**
 * A FHIR `Identifier`: a system and a value.
 *
 * @example
 * const identifier: FhirIdentifier = { system: "urn:oid:2.16.578.1.12.4.1.4.1", value: "15859012342" };
 */
export interface FhirIdentifier {
  system?: string;
  value?: string;
}

/**
 * The resource types the package's FHIR mappings write or point to.
 *
 * @example
 * const type: FhirResourceType = "Organization";
 */
export type FhirResourceType = "Organization" | "Patient" | "Practitioner" | "CarePlan" | "ServiceRequest" | "Task" | "Questionnaire" | "QuestionnaireResponse";

/**
 * A FHIR `Reference`: to a resource in the same Bundle (`urn:uuid:`), or a logical one by identifier.
 *
 * @example
 * const reference: FhirReference = { type: "Organization", identifier: { system: "urn:oid:2.16.578.1.12.4.1.1.3402", value: "1525" } };
 */
export interface FhirReference {
  reference?: string;
  type?: FhirResourceType;
  identifier?: FhirIdentifier;
  display?: string;
}

/**
 * A FHIR `Period`: a start and an end, both optional, each a date of any precision.
 *
 * @example
 * const period: FhirPeriod = { start: "2025-09-15" };
 */
export interface FhirPeriod {
  start?: string;
  end?: string;
}

