export { mappingAssessmentCodeSystem } from "./code-systems.js";
export { mappingResponseFromFhir, type MappingResponseFromFhirOptions, type MappingResponseFromFhirResult } from "./from-fhir.js";
export { questionnaireToFhir } from "./questionnaire.js";
export { mappingResponseToFhir } from "./response.js";
export type {
  FhirQuestionnaire,
  FhirQuestionnaireEnableWhen,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseAnswer,
  FhirQuestionnaireResponseItem,
} from "./questionnaire-types.js";
export type {
  FhirCodeableConcept,
  FhirCodeSystem,
  FhirCodeSystemConcept,
  FhirCoding,
  FhirExtension,
  FhirIdentifier,
  FhirPeriod,
  FhirPrimitiveElement,
  FhirReference,
  FhirResourceType,
} from "./types.js";
