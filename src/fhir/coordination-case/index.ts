export {
  caseClosingReasonCodeSystem,
  caseConsentGiverCodeSystem,
  caseConsentStatusCodeSystem,
  caseTaskCodeSystem,
  caseTaskValueCodeSystem,
  coordinationCaseCodeSystems,
  noticeSourceCodeSystem,
  offerAnswerCodeSystem,
} from "./code-systems.js";
export { coordinationCaseToFhir } from "./to-fhir.js";
export type {
  CoordinationCaseBundle,
  FhirCasePatient,
  FhirCasePractitioner,
  FhirCaseResource,
  FhirCaseServiceRequest,
  FhirCaseTask,
  FhirTaskValue,
} from "./types.js";
