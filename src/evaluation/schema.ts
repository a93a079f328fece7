import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";

const IdSchema = z.string().min(1);

/**
 * Schema for {@link EvaluationResult}.
 *
 * @example
 * EvaluationResultSchema.parse("partly")
 * //=> "partly"
 */
export const EvaluationResultSchema = z.enum(["reached", "partly", "not-reached", "dropped"]);

/**
 * The result of one action-plan row at the evaluation (resultat): `reached` (nådd), `partly`
 * (delvis nådd), `not-reached` (ikke nådd) or `dropped` (gått bort fra, the goal or measure was
 * given up on the way).
 *
 * @example
 * const result: EvaluationResult = "reached";
 */
export type EvaluationResult = "reached" | "partly" | "not-reached" | "dropped";

/**
 * Schema for {@link EvaluationParticipant}.
 *
 * @example
 * EvaluationParticipantSchema.safeParse({ role: "Leiar i koordinerande eining" }).success
 * //=> true
 */
export const EvaluationParticipantSchema = z.strictObject({ role: z.string().min(1), service: z.string().min(1).optional() });

/**
 * A participant of the evaluation meeting (deltakar), by role (rolle) and the service they come
 * from (teneste), never by name.
 *
 * @example
 * const participant: EvaluationParticipant = { role: "Rådgjevar", service: "KoRus" };
 */
export interface EvaluationParticipant {
  /** The participant's role (rolle). */
  role: string;
  /** The service or body the participant comes from (teneste). */
  service?: string | undefined;
}

/**
 * Schema for {@link EvaluationMeeting}.
 *
 * @example
 * EvaluationMeetingSchema.safeParse({ date: "2013-01-24", participants: [] }).success
 * //=> true
 */
export const EvaluationMeetingSchema = z.strictObject({
  date: CalendarDateSchema,
  participants: z.array(EvaluationParticipantSchema),
});

/**
 * The evaluation meeting (evalueringsmøte): the day it was held and who took part, by role.
 *
 * @example
 * const meeting: EvaluationMeeting = { date: "2013-01-24", participants: [{ role: "Koordinerande eining" }] };
 */
export interface EvaluationMeeting {
  /** The day the meeting was held (dato). */
  date: CalendarDate;
  /** Who took part (deltakarar), by role. */
  participants: EvaluationParticipant[];
}

/**
 * Schema for {@link EvaluationRow}.
 *
 * @example
 * EvaluationRowSchema.safeParse({ rowId: "1", result: "reached" }).success
 * //=> true
 */
export const EvaluationRowSchema = z.strictObject({
  rowId: IdSchema,
  result: EvaluationResultSchema,
  contributed: z.array(z.string()).optional(),
  whyNot: z.string().optional(),
  goalChanged: z.boolean().optional(),
  goalChangeReason: z.string().optional(),
  intoOperation: z.boolean().optional(),
  carriedBy: z.string().optional(),
});

/**
 * The evaluation of one action-plan row (evaluering av eit tiltak), pointing at the row by its id:
 * the result (resultat), what contributed (kva bidrog), why not (kvifor ikkje), whether the goal
 * was changed on the way and why (endra mål), and whether the measure goes into regular operation
 * (drift) and which service carries it (kva teneste har ansvaret etter utviklingsperioden).
 *
 * @example
 * const row: EvaluationRow = {
 *   rowId: "2",
 *   result: "reached",
 *   contributed: ["Felles mal frå prosjektgruppa"],
 *   intoOperation: true,
 *   carriedBy: "Koordinerande eining",
 * };
 */
export interface EvaluationRow {
  /** The id of the action-plan row evaluated. */
  rowId: string;
  /** The result (resultat). */
  result: EvaluationResult;
  /** What contributed to the result (kva bidrog). */
  contributed?: string[] | undefined;
  /** Why the goal was not (fully) reached (kvifor ikkje). */
  whyNot?: string | undefined;
  /** Whether the goal was changed on the way (endra mål undervegs). */
  goalChanged?: boolean | undefined;
  /** Why the goal was changed. */
  goalChangeReason?: string | undefined;
  /** Whether the measure goes into regular operation (inngår i drift). */
  intoOperation?: boolean | undefined;
  /** The service that carries the measure in operation (ansvarleg teneste). */
  carriedBy?: string | undefined;
}

// The shape is kept apart so the schema's declared type can name it.
const evaluationShape = {
  kind: z.literal("evaluation"),
  id: IdSchema,
  actionPlanId: IdSchema,
  meeting: EvaluationMeetingSchema,
  rows: z.array(EvaluationRowSchema),
};

/**
 * Schema for {@link Evaluation}.
 *
 * @example
 * EvaluationSchema.safeParse({
 *   kind: "evaluation",
 *   id: "eval-1",
 *   actionPlanId: "plan-1",
 *   meeting: { date: "2013-01-24", participants: [] },
 *   rows: [],
 * }).success
 * //=> true
 */
export const EvaluationSchema: NamedObjectSchema<typeof evaluationShape, Evaluation, Evaluation> = z.strictObject(evaluationShape);

/**
 * An evaluation (evaluering) of an action plan, as the development projects held it: one meeting
 * that goes through the plan's rows, and per row the result, what contributed or why not, goals
 * changed on the way, and what goes into regular operation and who carries it.
 *
 * @example
 * const evaluation: Evaluation = {
 *   kind: "evaluation",
 *   id: "stranda-evaluering-2013",
 *   actionPlanId: "stranda-2012-13",
 *   meeting: { date: "2013-01-24", participants: [{ role: "Leiar i koordinerande eining" }] },
 *   rows: [{ rowId: "1", result: "reached", intoOperation: true, carriedBy: "Koordinerande eining" }],
 * };
 */
export interface Evaluation {
  /** Tells the document apart from other kinds. */
  kind: "evaluation";
  /** The evaluation's id. */
  id: string;
  /** The id of the action plan evaluated. */
  actionPlanId: string;
  /** The evaluation meeting (evalueringsmøte). */
  meeting: EvaluationMeeting;
  /** The evaluated rows, by action-plan row id. */
  rows: EvaluationRow[];
}
