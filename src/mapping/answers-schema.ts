import * as z from "zod";
import { findingMessage } from "../core/findings/message.js";
import type { FindingParams } from "../core/findings/types.js";
import { requireQuestionnaire } from "./_guards.js";
import { indexQuestionnaire, resolveAnswers } from "./_items.js";
import type { QuestionnaireItem } from "./item-schema.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import { AssessmentCommentSchema, answerValueSchemas, type MappingAnswer, type MappingResponse, MappingResponseSchema } from "./response-schema.js";
import { describeRange } from "./rules/response/answer-values.js";

/** The value schema of one item, with its options, bounds and length built in. */
function itemValueSchema(item: QuestionnaireItem): z.ZodType {
  switch (item.type) {
    case "assessment":
    case "boolean":
      return answerValueSchemas[item.type];
    case "text":
      return item.maxLength === undefined ? answerValueSchemas.text : answerValueSchemas.text.max(item.maxLength);
    case "integer": {
      const lower = item.min === undefined ? answerValueSchemas.integer : answerValueSchemas.integer.gte(item.min);
      return item.max === undefined ? lower : lower.lte(item.max);
    }
    case "decimal": {
      const lower = item.min === undefined ? answerValueSchemas.decimal : answerValueSchemas.decimal.gte(item.min);
      return item.max === undefined ? lower : lower.lte(item.max);
    }
    case "choice": {
      const [first, ...rest] = item.options.map((option) => option.value);
      return first === undefined ? z.never() : z.enum([first, ...rest]);
    }
    case "date": {
      const { min, max } = item;
      return answerValueSchemas.date.refine((date) => (min === undefined || date >= min) && (max === undefined || date <= max), {
        message: "Date out of range",
      });
    }
  }
}

/** The answer schema of one item: its id and type as literals, its value as the item allows. */
function itemAnswerSchema(item: QuestionnaireItem): z.ZodType {
  const shape = { itemId: z.literal(item.id), type: z.literal(item.type), value: itemValueSchema(item) };
  return item.type === "assessment" ? z.strictObject({ ...shape, comment: AssessmentCommentSchema }) : z.strictObject(shape);
}

type IssueCode =
  | "mapping/questionnaire-mismatch"
  | "mapping/version-mismatch"
  | "mapping/unknown-item"
  | "mapping/duplicate-answer"
  | "mapping/wrong-answer-type"
  | "mapping/option-not-allowed"
  | "mapping/number-out-of-range"
  | "mapping/date-out-of-range"
  | "mapping/text-too-long"
  | "mapping/answer-to-disabled-item"
  | "mapping/required-unanswered";

/** What a value that fails its item's schema breaks, as a finding code and params. */
function valueIssue(item: QuestionnaireItem, answer: MappingAnswer): [IssueCode, FindingParams] {
  const itemId = item.id;
  switch (item.type) {
    case "choice":
      return ["mapping/option-not-allowed", { itemId }];
    case "integer":
    case "decimal":
      return ["mapping/number-out-of-range", { itemId, range: describeRange(item.min, item.max) }];
    case "date":
      return ["mapping/date-out-of-range", { itemId, range: describeRange(item.min, item.max) }];
    default:
      return ["mapping/text-too-long", { itemId, maxLength: item.type === "text" ? (item.maxLength ?? 0) : 0 }];
  }
}

/**
 * Builds a zod schema from a questionnaire (spørreskjema) for apps that validate forms: a
 * {@link MappingResponse} to this questionnaire and version, each answer to a known item, once, with
 * the item's type and a value the item allows (a zod schema per item holds its options, bounds and
 * length), no answer to an item whose condition is not met, and, in a `completed` response, every
 * asked required item answered.
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
  const itemSchemas = new Map(index.entries.map(({ item }) => [item.id, { item, schema: itemAnswerSchema(item) }]));
  const { id, version } = questionnaire;
  return MappingResponseSchema.superRefine((response, ctx) => {
    const report = (code: IssueCode, path: (string | number)[], params: FindingParams): void => {
      ctx.addIssue({ code: "custom", path, message: findingMessage(code, params, "en"), params: { code, ...params } });
    };
    if (response.questionnaire.id !== id) {
      report("mapping/questionnaire-mismatch", ["questionnaire", "id"], { expected: id, actual: response.questionnaire.id });
    }
    if (response.questionnaire.version !== version) {
      report("mapping/version-mismatch", ["questionnaire", "version"], { expected: version, actual: response.questionnaire.version });
    }
    const resolved = resolveAnswers(response.answers, index);
    response.answers.forEach((answer, position) => {
      const { itemId } = answer;
      const known = itemSchemas.get(itemId);
      if (known === undefined) return report("mapping/unknown-item", ["answers", position, "itemId"], { itemId });
      if (resolved.first.get(itemId)?.position !== position) return report("mapping/duplicate-answer", ["answers", position], { itemId });
      if (answer.type !== known.item.type) {
        return report("mapping/wrong-answer-type", ["answers", position, "type"], { itemId, expected: known.item.type, actual: answer.type });
      }
      if (!known.schema.safeParse(answer).success) {
        const [code, params] = valueIssue(known.item, answer);
        report(code, ["answers", position, "value"], params);
      }
      if (!resolved.enabled.has(itemId)) report("mapping/answer-to-disabled-item", ["answers", position], { itemId });
    });
    if (response.status !== "completed") return;
    for (const { item } of index.entries) {
      if (item.required === true && resolved.enabled.has(item.id) && !resolved.first.has(item.id)) {
        report("mapping/required-unanswered", ["answers"], { itemId: item.id });
      }
    }
  });
}
