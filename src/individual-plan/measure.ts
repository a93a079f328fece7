import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { type Deadline, DeadlineSchema } from "../core/dates/deadline.js";
import { IdSchema, TextSchema } from "./_schema-parts.js";

/**
 * Schema for {@link MeasureStatus}.
 *
 * @example
 * MeasureStatusSchema.options
 * //=> ["planned", "in-progress", "done", "postponed", "cancelled"]
 */
export const MeasureStatusSchema = z.enum(["planned", "in-progress", "done", "postponed", "cancelled"]);

/**
 * Where a measure (tiltak) stands, as plans write it: `planned` ("under planlegging"), `in-progress`
 * ("pågår"), `done` ("ja", gjennomført), `postponed` ("utsatt") or `cancelled` (avbrutt). A measure
 * without a status is planned. Only `done` and `cancelled` close a measure.
 *
 * @example
 * const status: MeasureStatus = "in-progress";
 */
export type MeasureStatus = "planned" | "in-progress" | "done" | "postponed" | "cancelled";

/**
 * Schema for {@link PlanMeasure}.
 *
 * @example
 * PlanMeasureSchema.parse({ id: "m-1", goalIds: ["g-1"], responsibleId: "p-nav", status: "planned" })
 * //=> { id: "m-1", goalIds: ["g-1"], responsibleId: "p-nav", status: "planned" }
 */
export const PlanMeasureSchema = z.strictObject({
  /** The measure's id within the plan. */
  id: IdSchema,
  /** What the measure is (confidential). Optional so a shared copy can leave it out. */
  title: TextSchema.optional(),
  /** The goals the measure works towards. */
  goalIds: z.array(IdSchema).optional(),
  /** The participant responsible for the measure (item e). */
  responsibleId: IdSchema.optional(),
  /** The scope (omfang), e.g. "2 timer per uke" (confidential). */
  scope: TextSchema.optional(),
  /** How the measure is carried out (item f, gjennomføring) (confidential). */
  implementation: TextSchema.optional(),
  /** The deadline (frist) of any precision, or a recurrence. */
  deadline: DeadlineSchema.optional(),
  /** Where the measure stands; `planned` when left out. */
  status: MeasureStatusSchema.optional(),
  /** The day a one-off measure was done. */
  doneOn: CalendarDateSchema.optional(),
  /** For a recurring deadline: the days the measure was carried out, each meeting its period. */
  carriedOutOn: z.array(CalendarDateSchema).optional(),
  /**
   * The day the measure starts, when it starts later than the plan (added at a revision, say).
   * Periods of a recurring deadline that ended before it are never counted as missed; without it
   * they count from the plan's `activatedOn`, else its `createdOn`.
   */
  startOn: CalendarDateSchema.optional(),
});

/**
 * A measure (tiltak) of the plan (items e and f): linked to goals, with the responsible participant,
 * its scope, how it is carried out, a deadline and a status.
 *
 * @example
 * const measure: PlanMeasure = {
 *   id: "m-1",
 *   title: "Søke kommunal bolig",
 *   goalIds: ["g-1"],
 *   responsibleId: "p-housing",
 *   deadline: { kind: "month", month: "2025-11" },
 *   status: "in-progress",
 * };
 */
export interface PlanMeasure {
  /** The measure's id within the plan. */
  id: string;
  /** What the measure is (confidential). Optional so a shared copy can leave it out. */
  title?: string | undefined;
  /** The goals (mål) the measure works towards. */
  goalIds?: string[] | undefined;
  /** The participant responsible for the measure (ansvarlig, item e). */
  responsibleId?: string | undefined;
  /** The scope (omfang), e.g. "2 timer per uke" (confidential). */
  scope?: string | undefined;
  /** How the measure is carried out (item f, gjennomføring) (confidential). */
  implementation?: string | undefined;
  /** The deadline (frist) of any precision, or a recurrence. */
  deadline?: Deadline | undefined;
  /** Where the measure stands; `planned` when left out. */
  status?: MeasureStatus | undefined;
  /** The day a one-off measure was done. */
  doneOn?: CalendarDate | undefined;
  /** For a recurring deadline: the days the measure was carried out, each meeting its period. */
  carriedOutOn?: CalendarDate[] | undefined;
  /** The day the measure starts, when it starts later than the plan (added at a revision, say). */
  startOn?: CalendarDate | undefined;
}

