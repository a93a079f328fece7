// FHIR R4 (HL7 FHIR 4.0.1): the individual plan as a Bundle and back, and the canonical URLs of the
// code systems, extensions and identifier systems the mapping defines. docs/fhir.md has the mapping.
export { type CanonicalKind, canonicalUrl, FHIR_BASE } from "./canonical.js";
export { FHIR_CODE_SYSTEMS, type FhirCodeSystemName } from "./code-systems.js";
export { FHIR_CORE_EXTENSION_URLS, FHIR_EXTENSION_URLS, FHIR_ID_SYSTEMS } from "./extensions.js";
export { fromFhir, type FromFhirOptions, type FromFhirResult } from "./plan/from-fhir.js";
export { toFhir } from "./plan/to-fhir.js";
export type { FhirBundle, FhirBundleEntry, FhirCodeSystem, FhirCodeSystemConcept, FhirResource, FhirValue } from "./types.js";
// The mapping survey (Questionnaire, QuestionnaireResponse) and the coordinating unit's case (ServiceRequest, Task)
export * from "./mapping/index.js";
export * from "./coordination-case/index.js";
