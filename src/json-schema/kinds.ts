// Each document kind's zod schema, title and description, for its JSON Schema file.
import type * as z from "zod";
import { ActionPlanSchema } from "../action-plan/schema.js";
import { CoordinationCaseSchema } from "../coordination-case/schema.js";
import type { DocumentKindName } from "../documents/kinds.js";
import { DevelopmentProjectSchema } from "../development-project/schema.js";
import { EvaluationSchema } from "../evaluation/schema.js";
import { IndividualPlanSchema } from "../individual-plan/schema.js";
import { QuestionnaireSchema } from "../mapping/questionnaire-schema.js";
import { MappingResponseSchema } from "../mapping/response-schema.js";
import { MilestoneScheduleSchema } from "../milestones/schema.js";
import { MunicipalReportSchema } from "../reporting/schema.js";
import { PathwayCaseSchema } from "../pathway/schema.js";

/** What a kind's JSON Schema is made from. */
export interface KindSource {
  readonly schema: z.core.$ZodType;
  readonly title: string;
  /** What the document is; the note on what only samhandling checks is added to it. */
  readonly about: string;
  /** The validator and the guide that check the rest. */
  readonly validator: string;
}

/**
 * The zod schema, title and description of a document kind.
 *
 * @example
 * kindSource("action-plan").validator
 * //=> "validateActionPlan"
 */
export function kindSource(kind: DocumentKindName): KindSource {
  switch (kind) {
    case "individual-plan":
      return {
        schema: IndividualPlanSchema,
        title: "Individual plan (individuell plan)",
        about: "An individual plan (individuell plan) with its user, participants, coordinators, consents, goals, measures and responsibility group.",
        validator: "validateIndividualPlan",
      };
    case "coordination-case":
      return {
        schema: CoordinationCaseSchema,
        title: "Coordinating unit's case (sak i koordinerende enhet)",
        about: "A case of the coordinating unit (koordinerende enhet): the notice of need, consent, the offer of a plan and a coordinator, appointments and the link to the plan.",
        validator: "validateCoordinationCase",
      };
    case "pathway-case":
      return {
        schema: PathwayCaseSchema,
        title: "Child's care pathway case (forløp for barn og unge)",
        about: "A child's case on a care pathway (forløp): the child, the pathway it follows, who is responsible for each role, and the steps done with their day, role and consent.",
        validator: "validatePathwayCase",
      };
    case "action-plan":
      return {
        schema: ActionPlanSchema,
        title: "Action plan (handlingsplan)",
        about: "A municipality's action plan (handlingsplan): rows of measures with responsible, deadline and status.",
        validator: "validateActionPlan",
      };
    case "evaluation":
      return {
        schema: EvaluationSchema,
        title: "Evaluation of an action plan (evaluering)",
        about: "An evaluation (evaluering) of an action plan: the meeting, and per row the result, what contributed, goals changed, and what goes into regular operation. The rows are checked against the action plan only by samhandling.",
        validator: "validateEvaluation",
      };
    case "development-project":
      return {
        schema: DevelopmentProjectSchema,
        title: "Development project (utviklingsarbeid)",
        about: "One municipality's development project (utviklingsarbeid): its mapping response, action plan, milestone schedule and evaluation, embedded, and what was decided about each weak area of the mapping. The checks across the parts are samhandling's only.",
        validator: "validateDevelopmentProject",
      };
    case "milestone-schedule":
      return {
        schema: MilestoneScheduleSchema,
        title: "Milestone schedule (milepælsplan)",
        about: "A project's milestone schedule (milepælsplan): phases of milestones with deadlines and status.",
        validator: "validateMilestoneSchedule",
      };
    case "questionnaire":
      return {
        schema: QuestionnaireSchema,
        title: "Mapping questionnaire (kartleggingsskjema)",
        about: "A mapping questionnaire (kartleggingsskjema): sections of items, their answer types and when they are asked.",
        validator: "validateQuestionnaire",
      };
    case "mapping-response":
      return {
        schema: MappingResponseSchema,
        title: "Mapping response (kartleggingssvar)",
        about: "One respondent's answers to a mapping questionnaire (kartlegging). The answers are checked against the questionnaire only by samhandling.",
        validator: "validateMappingResponse",
      };
    case "municipal-report":
      return {
        schema: MunicipalReportSchema,
        title: "Municipal yearly report (kommunal årsrapportering, IS-24/8)",
        about: "A municipality's yearly report (IS-24/8) on its mental-health and substance-use work: full-time equivalents, users by age group and practice answers.",
        validator: "validateMunicipalReport",
      };
  }
}
