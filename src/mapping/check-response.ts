import { checkContext, finalizeFindings } from "../_lib/_legacy.js";
import { requireOptions } from "../_lib/options.js";
import { requireQuestionnaire, requireResponse } from "./_guards.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { indexQuestionnaire, resolveAnswers } from "./_items.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingResponse } from "./response-schema.js";
import { responseRules } from "./rules/response/index.js";

/**
 * Checks a response (kartleggingssvar) against its questionnaire: the questionnaire id and version,
 * answers to unknown items, answers given twice, answers of the wrong type, options not allowed,
 * numbers, dates and texts out of bounds, answers to items whose condition is not met, required
 * items unanswered (an error only when the response is `completed`; `info` while in progress), and
 * a response dated after today. Runs in time linear in the number of items, answers and conditions.
 *
 * @param response - A schema-valid mapping response.
 * @param questionnaire - The questionnaire it answers; meant to pass {@link checkQuestionnaire}.
 * @param options - `today`, `locale` and per-code `rules`.
 * @returns Findings (`mapping/...`) sorted by path, then code.
 * @throws TypeError when `options` is not an object, an option has the wrong type, `response` is not a
 *   mapping response (use {@link validateMappingResponse} for unknown input) or `questionnaire` is not
 *   a questionnaire; RangeError when `today` is not a valid date, `locale` is unknown or `rules` names
 *   an unknown code or severity.
 *
 * @example
 * checkMappingResponse(
 *   {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1528" },
 *     date: "2012-04-20",
 *     status: "completed",
 *     answers: [{ itemId: "ip-routines", type: "text", value: "Ja" }],
 *   },
 *   coordinatingUnitMappingForm,
 *   { today: "2012-05-01", rules: { "mapping/required-unanswered": "off" } },
 * ).map((finding) => [finding.code, finding.path])
 * //=> [["mapping/wrong-answer-type", ["answers", 0, "type"]]]
 */
export function checkMappingResponse(response: MappingResponse, questionnaire: Questionnaire, options: CheckOptions): Finding[] {
  responseCheckOptions(options, "checkMappingResponse");
  requireQuestionnaire(questionnaire, "checkMappingResponse");
  requireResponse(response, "checkMappingResponse");
  return runResponseChecks(response, questionnaire, options);
}

/**
 * Checks the options of {@link checkMappingResponse} and {@link validateMappingResponse}.
 *
 * @throws TypeError or RangeError as {@link checkMappingResponse} documents.
 */
export function responseCheckOptions(options: CheckOptions, fn: string): void {
  requireOptions(options, fn);
  checkContext(options, fn);
}

/** The body of {@link checkMappingResponse}, on documents already checked. */
export function runResponseChecks(response: MappingResponse, questionnaire: Questionnaire, options: CheckOptions): Finding[] {
  const index = indexQuestionnaire(questionnaire);
  const ctx = { ...checkContext(options), questionnaire, index, resolved: resolveAnswers(response.answers, index) };
  return finalizeFindings(
    responseRules.flatMap((rule) => rule(response, ctx)),
    options,
  );
}
