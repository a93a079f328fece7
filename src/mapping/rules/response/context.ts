import type { CheckContext, RawFinding } from "../../../_lib/_legacy.js";
import type { QuestionnaireIndex, ResolvedAnswers } from "../../_items.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import type { MappingResponse } from "../../response-schema.js";

/** What every response rule sees: the questionnaire, its items indexed once and the answers resolved once. */
export interface ResponseRuleContext extends CheckContext {
  readonly questionnaire: Questionnaire;
  readonly index: QuestionnaireIndex;
  readonly resolved: ResolvedAnswers;
}

/** One rule of `checkMappingResponse`. */
export type ResponseRule = (response: MappingResponse, ctx: ResponseRuleContext) => RawFinding[];
