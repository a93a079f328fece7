import type * as z from "zod";
import { catalogOf } from "../_lib/engine/rule.js";
import type { DefinitionTable } from "../_lib/findings.js";
import { fillTemplate } from "../core/findings/template.js";
import { requireQuestionnaire } from "./_guards.js";
import { indexQuestionnaire } from "./_items.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import { type MappingResponse, MappingResponseSchema } from "./response-schema.js";
import { answerContext, answerRules } from "./rules/response/index.js";

/** The codes the refinement can raise, for their English messages. */
const ANSWER_CODES: DefinitionTable = catalogOf(answerRules);

/**
 * Builds a zod schema from a questionnaire (spørreskjema) for apps that validate forms: a
 * {@link MappingResponse} to this questionnaire and version, each answer to a known item, once, with
 * the item's type and a value the item allows (one of its options, within its bounds and length), no
 * answer to an item whose condition is not met, and, in a `completed` response, every asked required
 * item answered. Beyond the shape, the refinement runs the very rules of {@link checkMappingResponse}
 * that report these errors (one implementation of each check).
 *
 * It accepts exactly the inputs that {@link validateMappingResponse} finds no error in under the
 * default rules (a future date is only a warning there, and not checked here). Beyond the shape,
 * each issue is a custom issue whose `params.code` is the finding code with its params, e.g.
 * `{ code: "mapping/duplicate-answer", itemId: "ip-routines" }`, and whose message is in English;
 * the library's `validateX` functions turn such issues into findings with that code.
 *
 * @param questionnaire - The questionnaire; meant to pass {@link checkQuestionnaire}. Of duplicate item ids, the first counts.
 * @returns A zod schema whose output is a {@link MappingResponse}.
 * @throws TypeError when `questionnaire` is not a questionnaire.
 *
 * @example
 * const schema = answersSchema(coordinatingUnitMappingForm);
 * schema.safeParse({
 *   kind: "mapping-response",
 *   questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *   respondent: { municipality: "1525" },
 *   date: "2012-04-20",
 *   status: "in-progress",
 *   answers: [{ itemId: "ip-routines", type: "assessment", value: "maybe" }],
 * }).success
 * //=> false
 */
export function answersSchema(questionnaire: Questionnaire): z.ZodType<MappingResponse> {
  requireQuestionnaire(questionnaire, "answersSchema");
  const index = indexQuestionnaire(questionnaire);
  return MappingResponseSchema.superRefine((response, ctx) => {
    const context = answerContext(response, questionnaire, index);
    for (const rule of answerRules) {
      if (rule.statuses !== undefined && !rule.statuses.includes(response.status)) continue;
      for (const { code, path, params } of rule.run(response, context)) {
        const message = fillTemplate(ANSWER_CODES[code]?.messages.en ?? code, params);
        ctx.addIssue({ code: "custom", path: [...path], message, params: { code, ...params } });
      }
    }
  });
}
