import { assessmentLabels } from "../../mapping/labels.js";
import type { AssessmentValue } from "../../mapping/item-schema.js";
import { defineCodeSystem } from "./_code-system.js";
import type { FhirCodeSystem } from "./types.js";

const VALUES: readonly AssessmentValue[] = ["yes", "partly", "no", "dont-know"];

/**
 * The code system of assessment answers (vurdering) in a mapping form: `yes` (ja), `partly`
 * (delvis), `no` (nei), `dont-know` (vet ikke), as a FHIR CodeSystem resource. The answer options of
 * every assessment item in {@link questionnaireToFhir} and the answers of
 * {@link mappingResponseToFhir} are codings of it.
 *
 * @example
 * mappingAssessmentCodeSystem.url
 * //=> "https://samhandling.github.io/samhandling/fhir/CodeSystem/mapping-assessment"
 * mappingAssessmentCodeSystem.concept.map((concept) => concept.code)
 * //=> ["yes", "partly", "no", "dont-know"]
 */
export const mappingAssessmentCodeSystem: FhirCodeSystem = /*#__PURE__*/ defineCodeSystem(
  "mapping-assessment",
  "Vurdering i kartlegging",
  "Answers to an assessment question of a mapping form (kartleggingsskjema): yes, partly, no, don't know.",
  VALUES.map((code) => ({ code, nb: assessmentLabels.nb[code], nn: assessmentLabels.nn[code], en: assessmentLabels.en[code] })),
);
