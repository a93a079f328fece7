import * as z from "zod";
import { type ActionPlan, type ActionPlanMunicipality, ActionPlanMunicipalitySchema, ActionPlanSchema } from "../action-plan/schema.js";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type Evaluation, EvaluationSchema } from "../evaluation/schema.js";
import { type MappingResponse, MappingResponseSchema } from "../mapping/response-schema.js";
import { type MilestoneSchedule, MilestoneScheduleSchema } from "../milestones/schema.js";

const IdSchema = z.string().min(1);

/**
 * Schema for {@link DevelopmentAreaDecision}.
 *
 * @example
 * DevelopmentAreaDecisionSchema.safeParse({ itemId: "ip-routines", rowIds: ["3"] }).success
 * //=> true
 */
export const DevelopmentAreaDecisionSchema = z.strictObject({
  itemId: IdSchema,
  rowIds: z.array(IdSchema).optional(),
  leftOut: z.strictObject({ reason: z.string().min(1) }).optional(),
});

/**
 * What the project decided about one development area (utviklingsområde) of its mapping: the
 * action-plan rows that address it (`rowIds`), or that it is left out on purpose (`leftOut`, with a
 * reason, e.g. "Tildelingskontoret er utsett").
 *
 * @example
 * const decision: DevelopmentAreaDecision = { itemId: "internal-control-in-place", leftOut: { reason: "Tas i neste planperiode" } };
 */
export interface DevelopmentAreaDecision {
  /** The mapping item (the assessment) the area comes from. */
  itemId: string;
  /** The action-plan rows that address the area. */
  rowIds?: string[] | undefined;
  /** The area is left out of the action plan on purpose, and why. */
  leftOut?: { reason: string } | undefined;
}

// The shape is kept apart so the schema's declared type can name it.
const developmentProjectShape = {
  kind: z.literal("development-project"),
  id: IdSchema,
  municipality: ActionPlanMunicipalitySchema,
  mapping: MappingResponseSchema,
  actionPlan: ActionPlanSchema,
  schedule: MilestoneScheduleSchema,
  evaluation: EvaluationSchema.optional(),
  areas: z.array(DevelopmentAreaDecisionSchema),
};

/**
 * Schema for {@link DevelopmentProject}.
 *
 * @example
 * DevelopmentProjectSchema.safeParse({ kind: "development-project" }).success
 * //=> false
 */
export const DevelopmentProjectSchema: NamedObjectSchema<typeof developmentProjectShape, DevelopmentProject, DevelopmentProject> =
  z.strictObject(developmentProjectShape);

/**
 * A development project (utviklingsarbeid) of one municipality, the cycle of the seed's model:
 * mapping -> development areas -> action plan -> execution -> evaluation. The parts are embedded,
 * not referred to by id, so one document holds the whole cycle and is checked on its own: its
 * mapping response (kartlegging), the action plan (handlingsplan), the milestone schedule
 * (milepælsplan, see {@link developmentProjectTemplate}), the evaluation (evaluering) once held, and
 * what was decided about each development area of the mapping (`areas`).
 *
 * @example
 * const project: DevelopmentProject = {
 *   kind: "development-project",
 *   id: "fjordvik-2024",
 *   municipality: { number: "1599", name: "Fjordvik" },
 *   mapping: {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1599" },
 *     date: "2024-04-15",
 *     status: "completed",
 *     answers: [{ itemId: "ip-routines", type: "assessment", value: "partly" }],
 *   },
 *   actionPlan: {
 *     kind: "action-plan",
 *     id: "fjordvik-handlingsplan",
 *     municipality: { number: "1599", name: "Fjordvik" },
 *     title: "Handlingsplan",
 *     rows: [{ id: "3", measure: "Rutine for individuell plan", activities: [], status: "planned" }],
 *   },
 *   schedule: developmentProjectTemplate({ id: "fjordvik-milepælar", startMonth: "2023-11" }),
 *   areas: [{ itemId: "ip-routines", rowIds: ["3"] }],
 * };
 */
export interface DevelopmentProject {
  /** Tells the document apart from other kinds. */
  kind: "development-project";
  /** The project's id. */
  id: string;
  /** The municipality (kommune) that runs the project. */
  municipality: ActionPlanMunicipality;
  /** The municipality's mapping response (kartlegging). */
  mapping: MappingResponse;
  /** The action plan (handlingsplan) written from the mapping. */
  actionPlan: ActionPlan;
  /** The milestone schedule (milepælsplan). */
  schedule: MilestoneSchedule;
  /** The evaluation (evaluering) of the action plan, once held. */
  evaluation?: Evaluation | undefined;
  /** What was decided about each development area of the mapping. */
  areas: DevelopmentAreaDecision[];
}
