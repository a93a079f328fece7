// Subjects for the robustness suite: the FHIR exports of questionnaires, mapping responses and
// coordination cases, and the import of mapping responses. See _robustness-subjects.ts.
import { coordinatingUnitMappingForm, coordinationCaseToFhir, mappingResponseFromFhir, mappingResponseToFhir, questionnaireToFhir } from "samhandling";
import { makeCase, makeNewCase } from "../fixtures/coordination-case.js";
import { makeTinyQuestionnaire, readMappingResponses } from "../fixtures/mapping.js";
import { loose, type Subject, subject } from "./_robustness-subjects.js";

const form = coordinatingUnitMappingForm;
const responses = readMappingResponses();

/** A subject whose call passes the built-in form as the second argument. */
function withForm(name: string, docs: readonly unknown[], options: unknown, fn: (...args: never[]) => unknown, total = false): Subject {
  const call = loose(fn);
  return { name, docs, options, total, call: (doc, opts) => call(doc, form, opts) };
}

export const fhirMoreSubjects: readonly Subject[] = [
  subject("questionnaireToFhir", [form, makeTinyQuestionnaire()], undefined, questionnaireToFhir),
  withForm("mappingResponseToFhir", responses, undefined, mappingResponseToFhir),
  withForm("mappingResponseFromFhir", responses.map((r) => mappingResponseToFhir(r, form)), { locale: "nn" }, mappingResponseFromFhir, true),
  subject("coordinationCaseToFhir", [makeCase(), makeNewCase()], undefined, coordinationCaseToFhir),
];
