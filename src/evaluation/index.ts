export { checkEvaluation, type EvaluationCheckOptions } from "./check.js";
export {
  type Evaluation,
  type EvaluationMeeting,
  EvaluationMeetingSchema,
  type EvaluationParticipant,
  EvaluationParticipantSchema,
  type EvaluationResult,
  EvaluationResultSchema,
  type EvaluationRow,
  EvaluationRowSchema,
  EvaluationSchema,
} from "./schema.js";
export { validateEvaluation } from "./validate.js";
export { evaluationResultLabels } from "./labels.js";
