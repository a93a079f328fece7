import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import {
  DateDeadlineSchema,
  DeadlineRangeSchema,
  MonthDeadlineSchema,
  type OneOffDeadline,
  YearDeadlineSchema,
} from "../core/dates/deadline.js";

const IdSchema = z.string().min(1);

/**
 * Schema for {@link MilestoneStatus}.
 *
 * @example
 * MilestoneStatusSchema.parse("done")
 * //=> "done"
 */
export const MilestoneStatusSchema = z.enum(["done", "in-progress", "planned", "not-started", "postponed", "cancelled"]);

/**
 * The status of a milestone (status): `done` (nådd), `in-progress`, `planned`, `not-started`,
 * `postponed` or `cancelled`. Done and cancelled milestones are never due.
 *
 * @example
 * const status: MilestoneStatus = "planned";
 */
export type MilestoneStatus = "done" | "in-progress" | "planned" | "not-started" | "postponed" | "cancelled";

/**
 * Schema for {@link MilestoneDeadline}: an exact date, a month, a year or a range; no recurrence.
 *
 * @example
 * MilestoneDeadlineSchema.safeParse({ kind: "recurrence", frequency: "times-per-year", times: 2 }).success
 * //=> false
 */
export const MilestoneDeadlineSchema = z.discriminatedUnion("kind", [
  DateDeadlineSchema,
  MonthDeadlineSchema,
  YearDeadlineSchema,
  DeadlineRangeSchema,
]);

/**
 * The deadline of a milestone (frist): a one-off {@link Deadline}, usually a month ("Mars 2012") or
 * a range of months ("November 2011 – Februar 2012"). A month is due by its last day, a range by
 * the last day of its end, a year by 31 December.
 *
 * @example
 * const deadline: MilestoneDeadline = { kind: "month", month: "2012-03" };
 */
export type MilestoneDeadline = OneOffDeadline;

/**
 * Schema for {@link Milestone}.
 *
 * @example
 * MilestoneSchema.safeParse({ id: "2.1", title: "Kartlegging", deadline: { kind: "month", month: "2012-04" }, status: "planned" }).success
 * //=> true
 */
export const MilestoneSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  deadline: MilestoneDeadlineSchema,
  deadlineText: z.string().optional(),
  status: MilestoneStatusSchema,
  doneOn: CalendarDateSchema.optional(),
  dependsOn: z.array(IdSchema).optional(),
});

/**
 * A milestone (milepæl): a title, a description, a deadline with its text as written, a status,
 * the day it was reached (`doneOn`) and the ids of milestones it depends on (`dependsOn`).
 * Ids are unique across the whole schedule.
 *
 * @example
 * const milestone: Milestone = {
 *   id: "2.4",
 *   title: "Beskrivelse av handlingsplan",
 *   deadline: { kind: "month", month: "2012-10" },
 *   deadlineText: "Oktober 2012",
 *   status: "planned",
 *   dependsOn: ["2.3"],
 * };
 */
export interface Milestone {
  /** Unique across the whole schedule. */
  id: string;
  /** The milestone's title. */
  title: string;
  /** What the milestone is (beskrivelse). */
  description?: string | undefined;
  /** The deadline (frist): a date, a month, a year or a range. */
  deadline: MilestoneDeadline;
  /** The deadline as written, "Oktober 2012". */
  deadlineText?: string | undefined;
  /** Where the milestone stands. */
  status: MilestoneStatus;
  /** The day the milestone was reached (nådd). */
  doneOn?: CalendarDate | undefined;
  /** The ids of the milestones it depends on (avhengigheter). */
  dependsOn?: string[] | undefined;
}

/**
 * Schema for {@link MilestonePhase}.
 *
 * @example
 * MilestonePhaseSchema.safeParse({ id: "del-1", title: "Forankring og etablering", milestones: [] }).success
 * //=> true
 */
export const MilestonePhaseSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  milestones: z.array(MilestoneSchema),
});

/**
 * A phase of a milestone schedule (del, fase) with its milestones in order.
 *
 * @example
 * const phase: MilestonePhase = { id: "del-3", title: "Gjennomføring og evaluering", milestones: [] };
 */
export interface MilestonePhase {
  /** The phase's id. */
  id: string;
  /** The phase's title. */
  title: string;
  /** The phase's milestones, in order. */
  milestones: Milestone[];
}

// The shape is kept apart so the schema's declared type can name it.
const milestoneScheduleShape = {
  kind: z.literal("milestone-schedule"),
  id: IdSchema,
  title: z.string().min(1),
  phases: z.array(MilestonePhaseSchema),
};

/**
 * Schema for {@link MilestoneSchedule}.
 *
 * @example
 * MilestoneScheduleSchema.safeParse({ kind: "milestone-schedule", id: "s", title: "Milepælsplan", phases: [] }).success
 * //=> true
 */
export const MilestoneScheduleSchema: NamedObjectSchema<typeof milestoneScheduleShape, MilestoneSchedule, MilestoneSchedule> =
  z.strictObject(milestoneScheduleShape);

/**
 * A milestone schedule (milepælsplan, fremdriftsplan): phases in order, each with milestones.
 *
 * @example
 * const schedule: MilestoneSchedule = {
 *   kind: "milestone-schedule",
 *   id: "project",
 *   title: "Milepæl og fremdriftsplan",
 *   phases: [{
 *     id: "del-1",
 *     title: "Forankring og etablering",
 *     milestones: [{ id: "1.2", title: "Samarbeidsavtale", deadline: { kind: "month", month: "2012-03" }, status: "done", doneOn: "2012-03-20" }],
 *   }],
 * };
 */
export interface MilestoneSchedule {
  /** Tells the document apart from other kinds. */
  kind: "milestone-schedule";
  /** The schedule's id. */
  id: string;
  /** The schedule's title. */
  title: string;
  /** The phases (deler), in order. */
  phases: MilestonePhase[];
}
