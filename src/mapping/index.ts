export { answersSchema } from "./answers-schema.js";
export { checkQuestionnaire, type QuestionnaireCheckOptions } from "./check-questionnaire.js";
export { checkMappingResponse } from "./check-response.js";
export {
  type CommonFinding,
  commonFindings,
  type CommonFindingsOptions,
  describeCommonFinding,
  type WeakAssessment,
} from "./common-findings.js";
export { type DevelopmentArea, developmentAreas } from "./development-areas.js";
export { coordinatingUnitMappingForm } from "./forms/coordinating-unit.js";
export {
  type AssessmentValue,
  AssessmentValueSchema,
  type EnableCondition,
  EnableConditionSchema,
  type EnableWhen,
  EnableWhenSchema,
  type ItemText,
  ItemTextSchema,
  type ItemType,
  type QuestionnaireItem,
  QuestionnaireItemSchema,
} from "./item-schema.js";
export { assessmentLabels } from "./labels.js";
export { proposeActionPlan, type ProposeActionPlanOptions } from "./propose-action-plan.js";
export {
  type Questionnaire,
  QuestionnaireSchema,
  type QuestionnaireSection,
  QuestionnaireSectionSchema,
} from "./questionnaire-schema.js";
export {
  type MappingAnswer,
  MappingAnswerSchema,
  type MappingRespondent,
  MappingRespondentSchema,
  type MappingResponse,
  MappingResponseSchema,
  type MappingResponseStatus,
  MappingResponseStatusSchema,
} from "./response-schema.js";
export {
  type MappingAnswerGroup,
  type MappingItemSummary,
  type MappingSummary,
  type MappingSummaryValue,
  summarizeMapping,
} from "./summarize.js";
export { type TypicalMeasure, typicalMeasures } from "./typical-measures.js";
export { validateQuestionnaire } from "./validate-questionnaire.js";
export { validateMappingResponse } from "./validate-response.js";
