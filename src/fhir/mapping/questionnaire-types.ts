import type { FhirCoding, FhirExtension, FhirIdentifier, FhirPrimitiveElement, FhirReference, FhirResourceType } from "./types.js";

/**
 * One `Questionnaire.item.enableWhen`: the earlier item, the operator and the answer compared with.
 *
 * @example
 * const when: FhirQuestionnaireEnableWhen = { question: "has-ke", operator: "=", answerBoolean: true };
 */
export interface FhirQuestionnaireEnableWhen {
  question: string;
  operator: "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
}

/**
 * One item of a FHIR `Questionnaire` (a section is a `group`, a question one of the answer types).
 *
 * @example
 * const item: FhirQuestionnaireItem = { linkId: "ip-routines", type: "choice", text: "Er det utarbeidet rutiner?", required: true };
 */
export interface FhirQuestionnaireItem {
  linkId: string;
  type: "group" | "display" | "boolean" | "decimal" | "integer" | "date" | "string" | "text" | "choice";
  text?: string;
  _text?: FhirPrimitiveElement;
  extension?: FhirExtension[];
  required?: boolean;
  maxLength?: number;
  enableWhen?: FhirQuestionnaireEnableWhen[];
  enableBehavior?: "all" | "any";
  answerOption?: { valueCoding: FhirCoding }[];
  item?: FhirQuestionnaireItem[];
}

/**
 * A FHIR R4 `Questionnaire` as {@link questionnaireToFhir} writes it.
 *
 * @example
 * questionnaireToFhir(coordinatingUnitMappingForm).resourceType
 * //=> "Questionnaire"
 */
export interface FhirQuestionnaire {
  resourceType: "Questionnaire";
  url: string;
  version: string;
  name: string;
  title: string;
  _title?: FhirPrimitiveElement;
  status: "draft" | "active" | "retired" | "unknown";
  language: string;
  subjectType: FhirResourceType[];
  description?: string;
  _description?: FhirPrimitiveElement;
  item: FhirQuestionnaireItem[];
}

/**
 * One answer of a `QuestionnaireResponse.item`, with the items nested under it (an assessment's comment).
 *
 * @example
 * const answer: FhirQuestionnaireResponseAnswer = { valueBoolean: true };
 */
export interface FhirQuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
  valueCoding?: FhirCoding;
  item?: FhirQuestionnaireResponseItem[];
}

/**
 * One item of a FHIR `QuestionnaireResponse`: a section (with `item`) or an answered question (with `answer`).
 *
 * @example
 * const item: FhirQuestionnaireResponseItem = { linkId: "ip-routines", answer: [{ valueCoding: { code: "yes" } }] };
 */
export interface FhirQuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirQuestionnaireResponseAnswer[];
  item?: FhirQuestionnaireResponseItem[];
}

/**
 * A FHIR R4 `QuestionnaireResponse` as {@link mappingResponseToFhir} writes it: the subject is the
 * municipality, by its municipality number (kommunenummer).
 *
 * @example
 * const response: FhirQuestionnaireResponse = {
 *   resourceType: "QuestionnaireResponse",
 *   questionnaire: "https://samhandling.github.io/samhandling/fhir/Questionnaire/coordinating-unit-mapping|2012",
 *   status: "in-progress",
 *   authored: "2012-04-20",
 *   subject: { type: "Organization", identifier: { system: "https://register.geonorge.no/subregister/sosi-kodelister/kartverket/kommunenummer-alle", value: "1525" } },
 * };
 */
export interface FhirQuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  identifier?: FhirIdentifier;
  questionnaire: string;
  status: "in-progress" | "completed";
  authored: string;
  subject: FhirReference;
  author?: FhirReference;
  item?: FhirQuestionnaireResponseItem[];
}
