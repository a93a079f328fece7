import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { IdSchema, TextSchema } from "./_schema-parts.js";

/**
 * Schema for {@link LifeArea}.
 *
 * @example
 * LifeAreaSchema.parse("housing")
 * //=> "housing"
 */
export const LifeAreaSchema = z.enum([
  // BrukerPlan's 8 areas (KORFOR)
  "substance-use",
  "finances",
  "mental-health",
  "physical-health",
  "housing",
  "social-skills",
  "network",
  "work-activity",
  // the rehabilitation model's areas
  "leisure",
  "education",
  "work-training",
  "daily-living",
  "family-friends",
  "physical-activity",
  "money-management",
  "parenting",
  "other",
]);

/**
 * The life area (livsområde) a goal belongs to: BrukerPlan's eight (substance use, finances, mental
 * health, physical health, housing, social skills, network, work/activity), the rehabilitation
 * model's (leisure, school/education, work training, daily-living training, family/friends, physical
 * activity, money management, parenting), or `other`. A life area is confidential: it tells about
 * the user's health and circumstances.
 *
 * @example
 * const area: LifeArea = "work-activity";
 */
export type LifeArea =
  | "substance-use"
  | "finances"
  | "mental-health"
  | "physical-health"
  | "housing"
  | "social-skills"
  | "network"
  | "work-activity"
  | "leisure"
  | "education"
  | "work-training"
  | "daily-living"
  | "family-friends"
  | "physical-activity"
  | "money-management"
  | "parenting"
  | "other";

/**
 * Schema for {@link GoalStatus}.
 *
 * @example
 * GoalStatusSchema.options
 * //=> ["active", "achieved", "abandoned"]
 */
export const GoalStatusSchema = z.enum(["active", "achieved", "abandoned"]);

/**
 * Where a goal (mål) stands: `active` (being worked on), `achieved` (nådd) or `abandoned` (lagt bort).
 * A goal without a status is active.
 *
 * @example
 * const status: GoalStatus = "achieved";
 */
export type GoalStatus = "active" | "achieved" | "abandoned";

/**
 * Schema for {@link PlanGoal}.
 *
 * @example
 * PlanGoalSchema.parse({ id: "g-1", title: "Egen bolig", lifeArea: "housing" })
 * //=> { id: "g-1", title: "Egen bolig", lifeArea: "housing" }
 */
export const PlanGoalSchema = z.strictObject({
  /** The goal's id within the plan. */
  id: IdSchema,
  /** The goal in the user's words (confidential). Optional so a shared copy can leave it out. */
  title: TextSchema.optional(),
  /** The life area (confidential). */
  lifeArea: LifeAreaSchema.optional(),
  /** The participant who expressed the goal, usually the user. */
  expressedById: IdSchema.optional(),
  /** Where the goal stands; `active` when left out. */
  status: GoalStatusSchema.optional(),
  /** The day the goal was set. */
  setOn: CalendarDateSchema.optional(),
});

/**
 * A goal (mål) of the user (item a), in a life area, expressed by a participant. Measures refer to
 * goals by `id`.
 *
 * @example
 * const goal: PlanGoal = { id: "g-1", title: "Egen bolig innen sommeren", lifeArea: "housing", expressedById: "p-user" };
 */
export interface PlanGoal {
  /** The goal's id within the plan. */
  id: string;
  /** The goal in the user's words (confidential). Optional so a shared copy can leave it out. */
  title?: string | undefined;
  /** The life area (livsområde) (confidential). */
  lifeArea?: LifeArea | undefined;
  /** The participant who expressed the goal, usually the user. */
  expressedById?: string | undefined;
  /** Where the goal stands; `active` when left out. */
  status?: GoalStatus | undefined;
  /** The day the goal was set. */
  setOn?: CalendarDate | undefined;
}
