import { defineChecker } from "../_lib/engine/checker.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { QUESTIONNAIRE } from "./_guards.js";
import { indexQuestionnaire } from "./_items.js";
import { type Questionnaire, QuestionnaireSchema } from "./questionnaire-schema.js";
import { questionnaireRules } from "./rules/questionnaire/index.js";

/**
 * Options for {@link checkQuestionnaire} and {@link validateQuestionnaire}: the language of messages
 * and per-code rules. No questionnaire rule depends on the day, so `today` is not needed.
 *
 * @example
 * const options: QuestionnaireCheckOptions = { locale: "en", rules: { "questionnaire/missing-translation": "off" } };
 */
export type QuestionnaireCheckOptions = Omit<CheckOptions, "today">;

/**
 * Checks a questionnaire definition (spørreskjema): unique section and item ids, no empty sections,
 * choice items with distinct options, ranges with `min` not above `max`, and conditions that refer
 * to an earlier item with an operator and a value that suit its answers. Missing nynorsk or English
 * texts are reported as `info`.
 *
 * @param questionnaire - A schema-valid questionnaire.
 * @param options - `locale` and per-code `rules`; optional.
 * @returns Findings (`questionnaire/...`) sorted by path, then code.
 * @throws TypeError when `options` is not an object, `locale` or `rules` has the wrong type, or
 *   `questionnaire` is not a questionnaire (use {@link validateQuestionnaire} for unknown input);
 *   RangeError when `locale` is unknown or `rules` names an unknown code or severity.
 *
 * @example
 * checkQuestionnaire({
 *   kind: "questionnaire", id: "q", version: "1", title: { nb: "Skjema", nn: "Skjema", en: "Form" },
 *   sections: [{ id: "s1", title: { nb: "Del", nn: "Del", en: "Part" }, items: [] }],
 * }).map((finding) => [finding.code, finding.path])
 * //=> [["questionnaire/empty-section", ["sections", 0, "items"]]]
 */
export function checkQuestionnaire(questionnaire: Questionnaire, options: QuestionnaireCheckOptions = {}): Finding[] {
  return questionnaireChecker.check(questionnaire, options, "checkQuestionnaire");
}

/** The questionnaire as a document kind: its schema and rules; no options of its own, and no `today`. */
export const questionnaireChecker = defineChecker({
  document: QUESTIONNAIRE,
  schema: QuestionnaireSchema,
  options: (_options: QuestionnaireCheckOptions) => ({}),
  context: (questionnaire) => ({ index: indexQuestionnaire(questionnaire) }),
  rules: questionnaireRules,
});
