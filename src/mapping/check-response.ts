import { defineChecker, settingsWithCompanion } from "../_lib/engine/checker.js";
import type { FindingSettings } from "../_lib/findings.js";
import { resolveTodayOption } from "../_lib/options.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { RESPONSE_DOCUMENT, requireQuestionnaire, requireResponse } from "./_guards.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import { type MappingResponse, MappingResponseSchema } from "./response-schema.js";
import { answerContext, responseRules } from "./rules/response/index.js";

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
  const settings = responseSettings(options, questionnaire, "checkMappingResponse");
  requireResponse(response, "checkMappingResponse");
  return responseChecker.run(response, settings);
}

/** The check options with the questionnaire a response is checked against: what the response checker reads. */
interface ResponseCheckInput extends CheckOptions {
  readonly questionnaire: Questionnaire;
}

/** What the response checker has read from its input, besides locale and rules. */
interface ResponseSettings {
  readonly today: CalendarDate;
  readonly questionnaire: Questionnaire;
}

/**
 * The response to a questionnaire as a document kind: its schema, its status (for the rules on
 * completed or in-progress responses only), `today`, and the questionnaire it is checked against,
 * carried in beside the caller's options (see {@link responseSettings}).
 */
export const responseChecker = defineChecker({
  document: RESPONSE_DOCUMENT,
  schema: MappingResponseSchema,
  status: (response) => response.status,
  options: (input: ResponseCheckInput): ResponseSettings => ({ today: resolveTodayOption(input), questionnaire: input.questionnaire }),
  context: (response, { today, questionnaire }) => ({ ...answerContext(response, questionnaire), today }),
  rules: responseRules,
});

/**
 * Reads the options of {@link checkMappingResponse} and {@link validateMappingResponse} once, then
 * guards the questionnaire: options errors come first, as before.
 *
 * @throws TypeError or RangeError as {@link checkMappingResponse} documents.
 */
export function responseSettings(options: CheckOptions, questionnaire: Questionnaire, fn: string): ResponseSettings & FindingSettings {
  return settingsWithCompanion(responseChecker, options, { questionnaire }, (companion, name) => requireQuestionnaire(companion.questionnaire, name), fn);
}
