import type { Validation } from "../core/findings/types.js";
import { type QuestionnaireCheckOptions, questionnaireChecker } from "./check-questionnaire.js";
import type { Questionnaire } from "./questionnaire-schema.js";

/**
 * Validates unknown input as a questionnaire definition: runs {@link QuestionnaireSchema}, then
 * {@link checkQuestionnaire}. Never throws.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `locale` and per-code `rules`; optional.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 *
 * @example
 * validateQuestionnaire({ kind: "questionnaire", id: "q" }).ok
 * //=> false
 */
export function validateQuestionnaire(input: unknown, options: QuestionnaireCheckOptions = {}): Validation<Questionnaire> {
  return questionnaireChecker.validate(input, options, "validateQuestionnaire");
}
