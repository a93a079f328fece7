import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  type ActionPlan,
  type ActionPlanMunicipality,
  ActionPlanMunicipalitySchema,
  type ActionPlanRow,
  ActionPlanRowSchema,
  type ActionPlanRowStatus,
  ActionPlanRowStatusSchema,
  ActionPlanSchema,
  type ActionPlanSignature,
  ActionPlanSignatureSchema,
  type AssessmentValue,
  AssessmentValueSchema,
  type CaseActivity,
  type CaseActivityKind,
  CaseActivityKindSchema,
  CaseActivitySchema,
  type CaseAppointment,
  CaseAppointmentSchema,
  type CaseClosingReason,
  CaseClosingReasonSchema,
  type CaseConsent,
  CaseConsentSchema,
  type CaseNotice,
  CaseNoticeSchema,
  type CaseOffer,
  CaseOfferSchema,
  type CasePlanLink,
  CasePlanLinkSchema,
  type CaseStatus,
  CaseStatusSchema,
  type CaseStep,
  CaseStepSchema,
  type CaseUser,
  CaseUserSchema,
  type ClosingReason,
  ClosingReasonSchema,
  type ConsentGiver,
  ConsentGiverSchema,
  type ConsentIncapacity,
  ConsentIncapacitySchema,
  type ConsentPurpose,
  ConsentPurposeSchema,
  type CoordinationCase,
  CoordinationCaseSchema,
  type CoordinatorAssignment,
  CoordinatorAssignmentSchema,
  type CoordinatorKind,
  CoordinatorKindSchema,
  type DatePoint,
  DatePointSchema,
  type Deadline,
  type DeadlineRange,
  DeadlineRangeSchema,
  DeadlineSchema,
  type EducationLevel,
  EducationLevelSchema,
  type EnableCondition,
  EnableConditionSchema,
  type EnableWhen,
  EnableWhenSchema,
  type FullTimeEquivalentBreakdown,
  FullTimeEquivalentBreakdownSchema,
  type GoalStatus,
  GoalStatusSchema,
  type IndividualPlan,
  IndividualPlanSchema,
  type ItemText,
  ItemTextSchema,
  type LifeArea,
  LifeAreaSchema,
  type MappingAnswer,
  MappingAnswerSchema,
  type MappingRespondent,
  MappingRespondentSchema,
  type MappingResponse,
  MappingResponseSchema,
  type MappingResponseStatus,
  MappingResponseStatusSchema,
  type MeasureStatus,
  MeasureStatusSchema,
  type MeetingStatus,
  MeetingStatusSchema,
  type Milestone,
  type MilestoneDeadline,
  MilestoneDeadlineSchema,
  type MilestonePhase,
  MilestonePhaseSchema,
  type MilestoneSchedule,
  MilestoneScheduleSchema,
  MilestoneSchema,
  type MilestoneStatus,
  MilestoneStatusSchema,
  type MunicipalityNumber,
  MunicipalityNumberSchema,
  type MunicipalReport,
  MunicipalReportSchema,
  type NationalId,
  NationalIdSchema,
  type NoticeSource,
  NoticeSourceSchema,
  type OfferAnswer,
  OfferAnswerSchema,
  type OrganizationNumber,
  OrganizationNumberSchema,
  type ParticipantRole,
  ParticipantRoleSchema,
  type PlanConsent,
  PlanConsentSchema,
  type PlanContribution,
  PlanContributionSchema,
  type PlanCooperation,
  PlanCooperationSchema,
  type PlanGoal,
  PlanGoalSchema,
  type PlanMeasure,
  PlanMeasureSchema,
  type PlanParticipant,
  PlanParticipantSchema,
  type PlanPeriod,
  PlanPeriodSchema,
  type PlanRevision,
  PlanRevisionSchema,
  type PlanService,
  PlanServiceSchema,
  type PlanStatus,
  PlanStatusSchema,
  type PlanUser,
  PlanUserSchema,
  type PracticeAnswers,
  PracticeAnswersSchema,
  type PracticeExtent,
  PracticeExtentSchema,
  type PracticeUse,
  PracticeUseSchema,
  type Profession,
  ProfessionSchema,
  type Questionnaire,
  type QuestionnaireItem,
  QuestionnaireItemSchema,
  QuestionnaireSchema,
  type QuestionnaireSection,
  QuestionnaireSectionSchema,
  type Recurrence,
  RecurrenceSchema,
  type RelativeRelation,
  RelativeRelationSchema,
  type ResponsibilityGroup,
  type ResponsibilityGroupMeeting,
  ResponsibilityGroupMeetingSchema,
  ResponsibilityGroupSchema,
  type UserAgeGroup,
  UserAgeGroupSchema,
  type UserCounts,
  UserCountsSchema,
  type CaseUserInput,
  type CoordinationCaseInput,
  type IndividualPlanInput,
  type PlanParticipantInput,
  type PlanUserInput,
} from "samhandling";

// Each exported document and part type is declared by name; these assertions keep each one exactly
// equal (not merely assignable) to what its schema parses to, and to what it accepts, so a change to
// either side alone fails here.

/** What zod works out from an object schema's shape, whatever output the schema declares. */
type ShapeOutput<S extends { shape: z.core.$ZodShape }> = z.output<z.ZodObject<S["shape"], z.core.$strict>>;
/** What zod works out that an object schema's shape accepts, whatever input the schema declares. */
type ShapeInput<S extends { shape: z.core.$ZodShape }> = z.input<z.ZodObject<S["shape"], z.core.$strict>>;
describe("named types: deadlines and identifiers", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<DatePoint>().toEqualTypeOf<z.output<typeof DatePointSchema>>();
    expectTypeOf<DeadlineRange>().toEqualTypeOf<z.output<typeof DeadlineRangeSchema>>();
    expectTypeOf<Recurrence>().toEqualTypeOf<z.output<typeof RecurrenceSchema>>();
    expectTypeOf<Deadline>().toEqualTypeOf<z.output<typeof DeadlineSchema>>();
    expectTypeOf<MunicipalityNumber>().toEqualTypeOf<z.output<typeof MunicipalityNumberSchema>>();
    expectTypeOf<NationalId>().toEqualTypeOf<z.output<typeof NationalIdSchema>>();
    expectTypeOf<OrganizationNumber>().toEqualTypeOf<z.output<typeof OrganizationNumberSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<DatePoint>().toEqualTypeOf<z.input<typeof DatePointSchema>>();
    expectTypeOf<DeadlineRange>().toEqualTypeOf<z.input<typeof DeadlineRangeSchema>>();
    expectTypeOf<Recurrence>().toEqualTypeOf<z.input<typeof RecurrenceSchema>>();
    expectTypeOf<Deadline>().toEqualTypeOf<z.input<typeof DeadlineSchema>>();
    expectTypeOf<MunicipalityNumber>().toEqualTypeOf<z.input<typeof MunicipalityNumberSchema>>();
  });
});

describe("named types: individual plans", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<ConsentPurpose>().toEqualTypeOf<z.output<typeof ConsentPurposeSchema>>();
    expectTypeOf<ConsentGiver>().toEqualTypeOf<z.output<typeof ConsentGiverSchema>>();
    expectTypeOf<PlanConsent>().toEqualTypeOf<z.output<typeof PlanConsentSchema>>();
    expectTypeOf<CoordinatorKind>().toEqualTypeOf<z.output<typeof CoordinatorKindSchema>>();
    expectTypeOf<CoordinatorAssignment>().toEqualTypeOf<z.output<typeof CoordinatorAssignmentSchema>>();
    expectTypeOf<MeetingStatus>().toEqualTypeOf<z.output<typeof MeetingStatusSchema>>();
    expectTypeOf<ResponsibilityGroupMeeting>().toEqualTypeOf<z.output<typeof ResponsibilityGroupMeetingSchema>>();
    expectTypeOf<ResponsibilityGroup>().toEqualTypeOf<z.output<typeof ResponsibilityGroupSchema>>();
    expectTypeOf<LifeArea>().toEqualTypeOf<z.output<typeof LifeAreaSchema>>();
    expectTypeOf<GoalStatus>().toEqualTypeOf<z.output<typeof GoalStatusSchema>>();
    expectTypeOf<PlanGoal>().toEqualTypeOf<z.output<typeof PlanGoalSchema>>();
    expectTypeOf<MeasureStatus>().toEqualTypeOf<z.output<typeof MeasureStatusSchema>>();
    expectTypeOf<PlanMeasure>().toEqualTypeOf<z.output<typeof PlanMeasureSchema>>();
    expectTypeOf<ConsentIncapacity>().toEqualTypeOf<z.output<typeof ConsentIncapacitySchema>>();
    expectTypeOf<PlanUser>().toEqualTypeOf<z.output<typeof PlanUserSchema>>();
    expectTypeOf<ParticipantRole>().toEqualTypeOf<z.output<typeof ParticipantRoleSchema>>();
    expectTypeOf<RelativeRelation>().toEqualTypeOf<z.output<typeof RelativeRelationSchema>>();
    expectTypeOf<PlanParticipant>().toEqualTypeOf<z.output<typeof PlanParticipantSchema>>();
    expectTypeOf<PlanStatus>().toEqualTypeOf<z.output<typeof PlanStatusSchema>>();
    expectTypeOf<ClosingReason>().toEqualTypeOf<z.output<typeof ClosingReasonSchema>>();
    expectTypeOf<PlanPeriod>().toEqualTypeOf<z.output<typeof PlanPeriodSchema>>();
    expectTypeOf<PlanRevision>().toEqualTypeOf<z.output<typeof PlanRevisionSchema>>();
    expectTypeOf<PlanContribution>().toEqualTypeOf<z.output<typeof PlanContributionSchema>>();
    expectTypeOf<PlanCooperation>().toEqualTypeOf<z.output<typeof PlanCooperationSchema>>();
    expectTypeOf<IndividualPlan>().toEqualTypeOf<z.output<typeof IndividualPlanSchema>>();
    expectTypeOf<PlanService>().toEqualTypeOf<z.output<typeof PlanServiceSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<ConsentPurpose>().toEqualTypeOf<z.input<typeof ConsentPurposeSchema>>();
    expectTypeOf<ConsentGiver>().toEqualTypeOf<z.input<typeof ConsentGiverSchema>>();
    expectTypeOf<PlanConsent>().toEqualTypeOf<z.input<typeof PlanConsentSchema>>();
    expectTypeOf<CoordinatorKind>().toEqualTypeOf<z.input<typeof CoordinatorKindSchema>>();
    expectTypeOf<CoordinatorAssignment>().toEqualTypeOf<z.input<typeof CoordinatorAssignmentSchema>>();
    expectTypeOf<MeetingStatus>().toEqualTypeOf<z.input<typeof MeetingStatusSchema>>();
    expectTypeOf<ResponsibilityGroupMeeting>().toEqualTypeOf<z.input<typeof ResponsibilityGroupMeetingSchema>>();
    expectTypeOf<ResponsibilityGroup>().toEqualTypeOf<z.input<typeof ResponsibilityGroupSchema>>();
    expectTypeOf<LifeArea>().toEqualTypeOf<z.input<typeof LifeAreaSchema>>();
    expectTypeOf<GoalStatus>().toEqualTypeOf<z.input<typeof GoalStatusSchema>>();
    expectTypeOf<PlanGoal>().toEqualTypeOf<z.input<typeof PlanGoalSchema>>();
    expectTypeOf<MeasureStatus>().toEqualTypeOf<z.input<typeof MeasureStatusSchema>>();
    expectTypeOf<PlanMeasure>().toEqualTypeOf<z.input<typeof PlanMeasureSchema>>();
    expectTypeOf<ConsentIncapacity>().toEqualTypeOf<z.input<typeof ConsentIncapacitySchema>>();
    expectTypeOf<ParticipantRole>().toEqualTypeOf<z.input<typeof ParticipantRoleSchema>>();
    expectTypeOf<RelativeRelation>().toEqualTypeOf<z.input<typeof RelativeRelationSchema>>();
    expectTypeOf<PlanStatus>().toEqualTypeOf<z.input<typeof PlanStatusSchema>>();
    expectTypeOf<ClosingReason>().toEqualTypeOf<z.input<typeof ClosingReasonSchema>>();
    expectTypeOf<PlanPeriod>().toEqualTypeOf<z.input<typeof PlanPeriodSchema>>();
    expectTypeOf<PlanRevision>().toEqualTypeOf<z.input<typeof PlanRevisionSchema>>();
    expectTypeOf<PlanContribution>().toEqualTypeOf<z.input<typeof PlanContributionSchema>>();
    expectTypeOf<PlanCooperation>().toEqualTypeOf<z.input<typeof PlanCooperationSchema>>();
    expectTypeOf<PlanService>().toEqualTypeOf<z.input<typeof PlanServiceSchema>>();
  });
});

describe("named types: coordination cases", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<CaseAppointment>().toEqualTypeOf<z.output<typeof CaseAppointmentSchema>>();
    expectTypeOf<CaseActivityKind>().toEqualTypeOf<z.output<typeof CaseActivityKindSchema>>();
    expectTypeOf<CaseActivity>().toEqualTypeOf<z.output<typeof CaseActivitySchema>>();
    expectTypeOf<CasePlanLink>().toEqualTypeOf<z.output<typeof CasePlanLinkSchema>>();
    expectTypeOf<CaseStep>().toEqualTypeOf<z.output<typeof CaseStepSchema>>();
    expectTypeOf<CaseStatus>().toEqualTypeOf<z.output<typeof CaseStatusSchema>>();
    expectTypeOf<CaseClosingReason>().toEqualTypeOf<z.output<typeof CaseClosingReasonSchema>>();
    expectTypeOf<CaseUser>().toEqualTypeOf<z.output<typeof CaseUserSchema>>();
    expectTypeOf<CoordinationCase>().toEqualTypeOf<z.output<typeof CoordinationCaseSchema>>();
    expectTypeOf<NoticeSource>().toEqualTypeOf<z.output<typeof NoticeSourceSchema>>();
    expectTypeOf<CaseNotice>().toEqualTypeOf<z.output<typeof CaseNoticeSchema>>();
    expectTypeOf<CaseConsent>().toEqualTypeOf<z.output<typeof CaseConsentSchema>>();
    expectTypeOf<OfferAnswer>().toEqualTypeOf<z.output<typeof OfferAnswerSchema>>();
    expectTypeOf<CaseOffer>().toEqualTypeOf<z.output<typeof CaseOfferSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<CaseAppointment>().toEqualTypeOf<z.input<typeof CaseAppointmentSchema>>();
    expectTypeOf<CaseActivityKind>().toEqualTypeOf<z.input<typeof CaseActivityKindSchema>>();
    expectTypeOf<CaseActivity>().toEqualTypeOf<z.input<typeof CaseActivitySchema>>();
    expectTypeOf<CasePlanLink>().toEqualTypeOf<z.input<typeof CasePlanLinkSchema>>();
    expectTypeOf<CaseStep>().toEqualTypeOf<z.input<typeof CaseStepSchema>>();
    expectTypeOf<CaseStatus>().toEqualTypeOf<z.input<typeof CaseStatusSchema>>();
    expectTypeOf<CaseClosingReason>().toEqualTypeOf<z.input<typeof CaseClosingReasonSchema>>();
    expectTypeOf<NoticeSource>().toEqualTypeOf<z.input<typeof NoticeSourceSchema>>();
    expectTypeOf<CaseNotice>().toEqualTypeOf<z.input<typeof CaseNoticeSchema>>();
    expectTypeOf<CaseConsent>().toEqualTypeOf<z.input<typeof CaseConsentSchema>>();
    expectTypeOf<OfferAnswer>().toEqualTypeOf<z.input<typeof OfferAnswerSchema>>();
    expectTypeOf<CaseOffer>().toEqualTypeOf<z.input<typeof CaseOfferSchema>>();
  });
});

describe("named types: action plans", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<ActionPlanRowStatus>().toEqualTypeOf<z.output<typeof ActionPlanRowStatusSchema>>();
    expectTypeOf<ActionPlanRow>().toEqualTypeOf<z.output<typeof ActionPlanRowSchema>>();
    expectTypeOf<ActionPlanMunicipality>().toEqualTypeOf<z.output<typeof ActionPlanMunicipalitySchema>>();
    expectTypeOf<ActionPlanSignature>().toEqualTypeOf<z.output<typeof ActionPlanSignatureSchema>>();
    expectTypeOf<ActionPlan>().toEqualTypeOf<z.output<typeof ActionPlanSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<ActionPlanRowStatus>().toEqualTypeOf<z.input<typeof ActionPlanRowStatusSchema>>();
    expectTypeOf<ActionPlanRow>().toEqualTypeOf<z.input<typeof ActionPlanRowSchema>>();
    expectTypeOf<ActionPlanMunicipality>().toEqualTypeOf<z.input<typeof ActionPlanMunicipalitySchema>>();
    expectTypeOf<ActionPlanSignature>().toEqualTypeOf<z.input<typeof ActionPlanSignatureSchema>>();
    expectTypeOf<ActionPlan>().toEqualTypeOf<z.input<typeof ActionPlanSchema>>();
  });
});

describe("named types: milestone schedules", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<MilestoneStatus>().toEqualTypeOf<z.output<typeof MilestoneStatusSchema>>();
    expectTypeOf<MilestoneDeadline>().toEqualTypeOf<z.output<typeof MilestoneDeadlineSchema>>();
    expectTypeOf<Milestone>().toEqualTypeOf<z.output<typeof MilestoneSchema>>();
    expectTypeOf<MilestonePhase>().toEqualTypeOf<z.output<typeof MilestonePhaseSchema>>();
    expectTypeOf<MilestoneSchedule>().toEqualTypeOf<z.output<typeof MilestoneScheduleSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<MilestoneStatus>().toEqualTypeOf<z.input<typeof MilestoneStatusSchema>>();
    expectTypeOf<MilestoneDeadline>().toEqualTypeOf<z.input<typeof MilestoneDeadlineSchema>>();
    expectTypeOf<Milestone>().toEqualTypeOf<z.input<typeof MilestoneSchema>>();
    expectTypeOf<MilestonePhase>().toEqualTypeOf<z.input<typeof MilestonePhaseSchema>>();
    expectTypeOf<MilestoneSchedule>().toEqualTypeOf<z.input<typeof MilestoneScheduleSchema>>();
  });
});

describe("named types: mapping", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<ItemText>().toEqualTypeOf<z.output<typeof ItemTextSchema>>();
    expectTypeOf<EnableCondition>().toEqualTypeOf<z.output<typeof EnableConditionSchema>>();
    expectTypeOf<EnableWhen>().toEqualTypeOf<z.output<typeof EnableWhenSchema>>();
    expectTypeOf<QuestionnaireItem>().toEqualTypeOf<z.output<typeof QuestionnaireItemSchema>>();
    expectTypeOf<AssessmentValue>().toEqualTypeOf<z.output<typeof AssessmentValueSchema>>();
    expectTypeOf<QuestionnaireSection>().toEqualTypeOf<z.output<typeof QuestionnaireSectionSchema>>();
    expectTypeOf<Questionnaire>().toEqualTypeOf<z.output<typeof QuestionnaireSchema>>();
    expectTypeOf<MappingAnswer>().toEqualTypeOf<z.output<typeof MappingAnswerSchema>>();
    expectTypeOf<MappingRespondent>().toEqualTypeOf<z.output<typeof MappingRespondentSchema>>();
    expectTypeOf<MappingResponseStatus>().toEqualTypeOf<z.output<typeof MappingResponseStatusSchema>>();
    expectTypeOf<MappingResponse>().toEqualTypeOf<z.output<typeof MappingResponseSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<ItemText>().toEqualTypeOf<z.input<typeof ItemTextSchema>>();
    expectTypeOf<EnableCondition>().toEqualTypeOf<z.input<typeof EnableConditionSchema>>();
    expectTypeOf<EnableWhen>().toEqualTypeOf<z.input<typeof EnableWhenSchema>>();
    expectTypeOf<QuestionnaireItem>().toEqualTypeOf<z.input<typeof QuestionnaireItemSchema>>();
    expectTypeOf<AssessmentValue>().toEqualTypeOf<z.input<typeof AssessmentValueSchema>>();
    expectTypeOf<QuestionnaireSection>().toEqualTypeOf<z.input<typeof QuestionnaireSectionSchema>>();
    expectTypeOf<Questionnaire>().toEqualTypeOf<z.input<typeof QuestionnaireSchema>>();
    expectTypeOf<MappingAnswer>().toEqualTypeOf<z.input<typeof MappingAnswerSchema>>();
    expectTypeOf<MappingRespondent>().toEqualTypeOf<z.input<typeof MappingRespondentSchema>>();
    expectTypeOf<MappingResponseStatus>().toEqualTypeOf<z.input<typeof MappingResponseStatusSchema>>();
    expectTypeOf<MappingResponse>().toEqualTypeOf<z.input<typeof MappingResponseSchema>>();
  });
});

describe("named types: reporting", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<PracticeExtent>().toEqualTypeOf<z.output<typeof PracticeExtentSchema>>();
    expectTypeOf<PracticeUse>().toEqualTypeOf<z.output<typeof PracticeUseSchema>>();
    expectTypeOf<PracticeAnswers>().toEqualTypeOf<z.output<typeof PracticeAnswersSchema>>();
    expectTypeOf<Profession>().toEqualTypeOf<z.output<typeof ProfessionSchema>>();
    expectTypeOf<EducationLevel>().toEqualTypeOf<z.output<typeof EducationLevelSchema>>();
    expectTypeOf<UserAgeGroup>().toEqualTypeOf<z.output<typeof UserAgeGroupSchema>>();
    expectTypeOf<FullTimeEquivalentBreakdown>().toEqualTypeOf<z.output<typeof FullTimeEquivalentBreakdownSchema>>();
    expectTypeOf<UserCounts>().toEqualTypeOf<z.output<typeof UserCountsSchema>>();
    expectTypeOf<MunicipalReport>().toEqualTypeOf<z.output<typeof MunicipalReportSchema>>();
  });

  it("equal their schemas' input where parsing does not brand", () => {
    expectTypeOf<PracticeExtent>().toEqualTypeOf<z.input<typeof PracticeExtentSchema>>();
    expectTypeOf<PracticeUse>().toEqualTypeOf<z.input<typeof PracticeUseSchema>>();
    expectTypeOf<PracticeAnswers>().toEqualTypeOf<z.input<typeof PracticeAnswersSchema>>();
    expectTypeOf<Profession>().toEqualTypeOf<z.input<typeof ProfessionSchema>>();
    expectTypeOf<EducationLevel>().toEqualTypeOf<z.input<typeof EducationLevelSchema>>();
    expectTypeOf<UserAgeGroup>().toEqualTypeOf<z.input<typeof UserAgeGroupSchema>>();
    expectTypeOf<FullTimeEquivalentBreakdown>().toEqualTypeOf<z.input<typeof FullTimeEquivalentBreakdownSchema>>();
    expectTypeOf<UserCounts>().toEqualTypeOf<z.input<typeof UserCountsSchema>>();
    expectTypeOf<MunicipalReport>().toEqualTypeOf<z.input<typeof MunicipalReportSchema>>();
  });
});

describe("named types: what branding schemas accept", () => {
  it("takes national ids and organisation numbers as plain strings", () => {
    expectTypeOf<z.input<typeof NationalIdSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.input<typeof OrganizationNumberSchema>>().toEqualTypeOf<string>();
    expectTypeOf<string>().not.toExtend<NationalId>();
    expectTypeOf<string>().not.toExtend<OrganizationNumber>();
  });

  it("names the input of every part that holds a branded value", () => {
    expectTypeOf<PlanUserInput>().toEqualTypeOf<z.input<typeof PlanUserSchema>>();
    expectTypeOf<PlanParticipantInput>().toEqualTypeOf<z.input<typeof PlanParticipantSchema>>();
    expectTypeOf<IndividualPlanInput>().toEqualTypeOf<z.input<typeof IndividualPlanSchema>>();
    expectTypeOf<CaseUserInput>().toEqualTypeOf<z.input<typeof CaseUserSchema>>();
    expectTypeOf<CoordinationCaseInput>().toEqualTypeOf<z.input<typeof CoordinationCaseSchema>>();
  });
});

// The document schemas declare their output and input by name (NamedObjectSchema), so `z.output`
// of them is the name by construction: these hold the names to what zod derives from the shape.
describe("named types: document schemas", () => {
  it("declare the output zod derives from their shape", () => {
    expectTypeOf<IndividualPlan>().toEqualTypeOf<ShapeOutput<typeof IndividualPlanSchema>>();
    expectTypeOf<CoordinationCase>().toEqualTypeOf<ShapeOutput<typeof CoordinationCaseSchema>>();
    expectTypeOf<ActionPlan>().toEqualTypeOf<ShapeOutput<typeof ActionPlanSchema>>();
    expectTypeOf<MilestoneSchedule>().toEqualTypeOf<ShapeOutput<typeof MilestoneScheduleSchema>>();
    expectTypeOf<Questionnaire>().toEqualTypeOf<ShapeOutput<typeof QuestionnaireSchema>>();
    expectTypeOf<MappingResponse>().toEqualTypeOf<ShapeOutput<typeof MappingResponseSchema>>();
    expectTypeOf<MunicipalReport>().toEqualTypeOf<ShapeOutput<typeof MunicipalReportSchema>>();
  });

  it("declare the input zod derives from their shape", () => {
    expectTypeOf<IndividualPlanInput>().toEqualTypeOf<ShapeInput<typeof IndividualPlanSchema>>();
    expectTypeOf<CoordinationCaseInput>().toEqualTypeOf<ShapeInput<typeof CoordinationCaseSchema>>();
    expectTypeOf<ActionPlan>().toEqualTypeOf<ShapeInput<typeof ActionPlanSchema>>();
    expectTypeOf<MilestoneSchedule>().toEqualTypeOf<ShapeInput<typeof MilestoneScheduleSchema>>();
    expectTypeOf<Questionnaire>().toEqualTypeOf<ShapeInput<typeof QuestionnaireSchema>>();
    expectTypeOf<MappingResponse>().toEqualTypeOf<ShapeInput<typeof MappingResponseSchema>>();
    expectTypeOf<MunicipalReport>().toEqualTypeOf<ShapeInput<typeof MunicipalReportSchema>>();
  });

  it("stay zod object schemas, with their shape and extend", () => {
    expectTypeOf(IndividualPlanSchema.shape.measures).toEqualTypeOf<z.ZodOptional<z.ZodArray<typeof PlanMeasureSchema>>>();
    const extended = IndividualPlanSchema.extend({ note: z.string() });
    expectTypeOf<z.output<typeof extended>>().branded.toEqualTypeOf<IndividualPlan & { note: string }>();
    expectTypeOf(IndividualPlanSchema).toExtend<z.ZodType<IndividualPlan, IndividualPlanInput>>();
    expectTypeOf(z.array(ActionPlanSchema)).toExtend<z.ZodType<ActionPlan[]>>();
  });
});
