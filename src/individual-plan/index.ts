export { checkIndividualPlan } from "./check.js";
export { type ConsentAuthority, type ConsentAuthorityBasis, whoMayConsent } from "./consent/authority.js";
export { type ConsentCoverage, type ConsentCoverageFailure, consentCovers } from "./consent/consent-covers.js";
export {
  type ConsentGiver,
  ConsentGiverSchema,
  type ConsentPurpose,
  ConsentPurposeSchema,
  type PlanConsent,
  PlanConsentSchema,
} from "./consent/schema.js";
export { activeCoordinator } from "./coordination/active-coordinator.js";
export {
  type CoordinatorAssignment,
  CoordinatorAssignmentSchema,
  type CoordinatorKind,
  CoordinatorKindSchema,
  type MeetingStatus,
  MeetingStatusSchema,
  type ResponsibilityGroup,
  type ResponsibilityGroupMeeting,
  ResponsibilityGroupMeetingSchema,
  ResponsibilityGroupSchema,
} from "./coordination/schema.js";
export { type GoalStatus, GoalStatusSchema, type LifeArea, LifeAreaSchema, type PlanGoal, PlanGoalSchema } from "./goal.js";
export { type MeasureStatus, MeasureStatusSchema, type PlanMeasure, PlanMeasureSchema } from "./measure.js";
export type { IndividualPlanCheckOptions, PlanDateOptions } from "./options.js";
export {
  type ConsentIncapacity,
  ConsentIncapacitySchema,
  type ParticipantRole,
  ParticipantRoleSchema,
  type PlanParticipant,
  PlanParticipantSchema,
  type PlanUser,
  PlanUserSchema,
  type RelativeRelation,
  RelativeRelationSchema,
} from "./participant.js";
export {
  type ClosingReason,
  ClosingReasonSchema,
  type IndividualPlan,
  IndividualPlanSchema,
  type PlanContribution,
  PlanContributionSchema,
  type PlanCooperation,
  PlanCooperationSchema,
  type PlanPeriod,
  PlanPeriodSchema,
  type PlanRevision,
  PlanRevisionSchema,
  type PlanStatus,
  PlanStatusSchema,
} from "./schema.js";
export { type PlanService, PlanServiceSchema, planServiceActs } from "./services.js";
export { sharePlanWith } from "./share-plan.js";
export { type GoalCounts, type MeasureCounts, type PlanSummary, summarizePlan, type SummarizePlanOptions } from "./summarize-plan.js";
export { validateIndividualPlan } from "./validate.js";
export type { IndividualPlanInput } from "./schema.js";
export type { PlanParticipantInput, PlanUserInput } from "./participant.js";
export { goalStatusLabels, measureStatusLabels, planStatusLabels } from "./labels.js";
