import type { CheckOptions, Validation } from "../core/findings/types.js";
import { responseChecker, responseSettings } from "./check-response.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import type { MappingResponse } from "./response-schema.js";

/**
 * Validates unknown input as a response to a questionnaire: runs {@link MappingResponseSchema},
 * then {@link checkMappingResponse}. Never throws on any input; never changes it. With the default
 * rules, `ok` is true exactly when {@link answersSchema}`(questionnaire)` accepts the input.
 *
 * @param input - Anything, e.g. parsed JSON from a form.
 * @param questionnaire - The questionnaire the response answers.
 * @param options - `today`, `locale` and per-code `rules`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws TypeError when `options` is not an object, an option has the wrong type or `questionnaire` is
 *   not a questionnaire (the input may be anything); RangeError when `today` is not a valid date,
 *   `locale` is unknown or `rules` names an unknown code or severity.
 *
 * @example
 * validateMappingResponse(
 *   {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2011" },
 *     respondent: { municipality: "1531" },
 *     date: "2012-04-20",
 *     status: "in-progress",
 *     answers: [],
 *   },
 *   coordinatingUnitMappingForm,
 *   { today: "2012-05-01" },
 * ).findings.filter((finding) => finding.severity === "error").map((finding) => finding.code)
 * //=> ["mapping/version-mismatch"]
 */
export function validateMappingResponse(input: unknown, questionnaire: Questionnaire, options: CheckOptions): Validation<MappingResponse> {
  const settings = responseSettings(options, questionnaire, "validateMappingResponse");
  const parsed = responseChecker.parse(input, settings.locale);
  if (!parsed.ok) return parsed;
  const findings = responseChecker.run(parsed.value, settings);
  return findings.some((finding) => finding.severity === "error")
    ? { ok: false, findings }
    : { ok: true, value: parsed.value, findings };
}
