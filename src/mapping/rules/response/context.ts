import { ruleFor } from "../../../_lib/engine/rule.js";
import type { CalendarDate } from "../../../core/dates/calendar-date.js";
import { indexQuestionnaire, type QuestionnaireIndex, type ResolvedAnswers, resolveAnswers } from "../../_items.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import type { MappingResponse, MappingResponseStatus } from "../../response-schema.js";

/**
 * What the rules on a response's answers see: the questionnaire, its items indexed once and the
 * answers resolved once. These rules do not depend on the day, so `answersSchema` runs them too.
 */
export interface AnswerRuleContext {
  readonly questionnaire: Questionnaire;
  readonly index: QuestionnaireIndex;
  readonly resolved: ResolvedAnswers;
}

/** What every rule of `checkMappingResponse` sees: the answers' context and `today`. */
export interface ResponseRuleContext extends AnswerRuleContext {
  readonly today: CalendarDate;
}

/** Declares a rule on a response's answers (day-independent; `answersSchema` runs it as well as `checkMappingResponse`). */
export const answerRule = ruleFor<MappingResponse, AnswerRuleContext, MappingResponseStatus>();

/** Declares a rule of `checkMappingResponse` only, one that may read `today` or report a code that is not an error. */
export const responseRule = ruleFor<MappingResponse, ResponseRuleContext, MappingResponseStatus>();

/** Builds the answers' context of one response: the questionnaire indexed (unless given) and the answers resolved. */
export function answerContext(response: MappingResponse, questionnaire: Questionnaire, index = indexQuestionnaire(questionnaire)): AnswerRuleContext {
  return { questionnaire, index, resolved: resolveAnswers(response.answers, index) };
}
