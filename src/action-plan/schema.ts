import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { type Deadline, type DeadlineRange, DeadlineRangeSchema, DeadlineSchema } from "../core/dates/deadline.js";
import { type MunicipalityNumber, MunicipalityNumberSchema } from "../core/identifiers/municipality-number.js";

const IdSchema = z.string().min(1);

/**
 * Schema for {@link ActionPlanRowStatus}.
 *
 * @example
 * ActionPlanRowStatusSchema.parse("in-progress")
 * //=> "in-progress"
 */
export const ActionPlanRowStatusSchema = z.enum(["done", "in-progress", "planned", "not-started", "postponed", "cancelled"]);

/**
 * The status of an action-plan row (status, "Er det gjort?"): `done` (Ja, Ferdig, Gjennomført),
 * `in-progress` (Pågår), `planned` (Under planlegging), `not-started` (Nei, Ikkje starta),
 * `postponed` (Utsatt) or `cancelled` (Avlyst). {@link parseRowStatus} reads the written forms.
 *
 * @example
 * const status: ActionPlanRowStatus = "planned"; // "Under planlegging"
 */
export type ActionPlanRowStatus = "done" | "in-progress" | "planned" | "not-started" | "postponed" | "cancelled";

/**
 * Schema for {@link ActionPlanRow}.
 *
 * @example
 * ActionPlanRowSchema.safeParse({ id: "1", measure: "Kartlegging", activities: [], status: "done" }).success
 * //=> true
 */
export const ActionPlanRowSchema = z.strictObject({
  id: IdSchema,
  measure: z.string().min(1),
  goal: z.string().optional(),
  activities: z.array(z.string()),
  deadline: DeadlineSchema.optional(),
  deadlineText: z.string().optional(),
  responsible: z.string().optional(),
  status: ActionPlanRowStatusSchema,
  statusText: z.string().optional(),
  doneOn: CalendarDateSchema.optional(),
  carriedOut: z.array(CalendarDateSchema).optional(),
});

/**
 * One row of an action plan (rad i handlingsplan): measure (tiltak), goal (mål), activities
 * (aktivitet), deadline (tid/frist) with the text as written, responsible (ansvar) and status.
 *
 * - `id`: stable within the plan; findings point at rows by it.
 * - `deadline`: the structured {@link Deadline}; `deadlineText` keeps the text as written
 *   ("Innan 30.11.2012"), and {@link parseDeadline} turns one into the other.
 * - `status` with `statusText` as written ("Under planlegging"); {@link parseRowStatus} reads it.
 * - `doneOn`: the day the row was done. For a recurring row, `carriedOut` lists the days the work
 *   was carried out; each day meets the period it falls in. `carriedOut` is ignored on one-off rows.
 *
 * @example
 * const row: ActionPlanRow = {
 *   id: "3",
 *   measure: "Utarbeidelse av rutiner i IP arbeidet",
 *   goal: "Lik rutine og forståelse i IP gruppene",
 *   activities: ["Lage rutiner"],
 *   deadline: { kind: "date", date: "2012-11-30" },
 *   deadlineText: "Innan 30.11.2012",
 *   responsible: "Prosjektgruppa",
 *   status: "done",
 *   statusText: "Ja",
 * };
 */
export interface ActionPlanRow {
  /** Stable within the plan; findings point at rows by it. */
  id: string;
  /** The measure (tiltak). */
  measure: string;
  /** The goal (mål). */
  goal?: string | undefined;
  /** The activities (aktivitetar). */
  activities: string[];
  /** The structured deadline (frist). */
  deadline?: Deadline | undefined;
  /** The deadline as written, "Innan 30.11.2012". */
  deadlineText?: string | undefined;
  /** Who is responsible (ansvar). */
  responsible?: string | undefined;
  /** The status (Er det gjort?). */
  status: ActionPlanRowStatus;
  /** The status as written, "Under planlegging". */
  statusText?: string | undefined;
  /** The day the row was done. */
  doneOn?: CalendarDate | undefined;
  /** For a recurring row: the days the work was carried out. */
  carriedOut?: CalendarDate[] | undefined;
}

/**
 * Schema for {@link ActionPlanMunicipality}.
 *
 * @example
 * ActionPlanMunicipalitySchema.parse({ number: "1525", name: "Stranda" })
 * //=> { number: "1525", name: "Stranda" }
 */
export const ActionPlanMunicipalitySchema = z.strictObject({ number: MunicipalityNumberSchema, name: z.string().min(1) });

/**
 * The municipality an action plan belongs to (kommune): its number (kommunenummer) and name.
 *
 * @example
 * const stranda: ActionPlanMunicipality = { number: "1525", name: "Stranda" };
 */
export interface ActionPlanMunicipality {
  /** The municipality number (kommunenummer). */
  number: MunicipalityNumber;
  /** The municipality's name. */
  name: string;
}

/**
 * Schema for {@link ActionPlanSignature}.
 *
 * @example
 * ActionPlanSignatureSchema.safeParse({ by: "Leiar i koordinerande eining", on: "2012-10-22" }).success
 * //=> true
 */
export const ActionPlanSignatureSchema = z.strictObject({ by: z.string().min(1), on: CalendarDateSchema });

/**
 * Who signed an action plan and when (underskrift og dato). `by` is a role, as the library's
 * sample data writes it; an app may keep a name here, but findings never repeat it.
 *
 * @example
 * const signed: ActionPlanSignature = { by: "Leiar i koordinerande eining", on: "2012-10-22" };
 */
export interface ActionPlanSignature {
  /** Who signed (underskrift), as a role. */
  by: string;
  /** The day it was signed (dato). */
  on: CalendarDate;
}

// The shape is kept apart so the schema's declared type can name it.
const actionPlanShape = {
  kind: z.literal("action-plan"),
  id: IdSchema,
  municipality: ActionPlanMunicipalitySchema,
  title: z.string().min(1),
  period: DeadlineRangeSchema.optional(),
  hasWorkingGroup: z.boolean().optional(),
  workingGroup: z.string().optional(),
  carriedBy: z.array(z.string().min(1)).optional(),
  anchoredInServicePlans: z.boolean().optional(),
  signed: ActionPlanSignatureSchema.optional(),
  rows: z.array(ActionPlanRowSchema),
};

/**
 * Schema for {@link ActionPlan}.
 *
 * @example
 * ActionPlanSchema.safeParse({
 *   kind: "action-plan",
 *   id: "plan-1",
 *   municipality: { number: "1525", name: "Stranda" },
 *   title: "Handlingsplan",
 *   rows: [],
 * }).success
 * //=> true
 */
export const ActionPlanSchema: NamedObjectSchema<typeof actionPlanShape, ActionPlan, ActionPlan> =
  z.strictObject(actionPlanShape);

/**
 * An action plan (handlingsplan): a municipality's measures for a period, with the header
 * questions of the form and its rows.
 *
 * Header questions, each left out while unanswered:
 * - `hasWorkingGroup`: is there an interdisciplinary working group with a coordinator (tverrfagleg
 *   arbeidsgruppe med koordinator); `workingGroup` names it.
 * - `carriedBy`: which services carry the measures after the project (kven har ansvaret over tid).
 * - `anchoredInServicePlans`: are the measures anchored in the services' own plans (forankra i planverket).
 * - `signed`: signature and date (underskrift og dato).
 *
 * `period` is the plan period as a range ("2012/13" is 2012 to 2013). The plan starts on the later
 * of the period's first day and the signing day: recurring rows are not due before that.
 *
 * @example
 * const plan: ActionPlan = {
 *   kind: "action-plan",
 *   id: "stranda-2012-13",
 *   municipality: { number: "1525", name: "Stranda" },
 *   title: "Handlingsplan for å bedre koordinering av tjenestetilbudet",
 *   period: { kind: "range", from: { kind: "year", year: 2012 }, to: { kind: "year", year: 2013 } },
 *   hasWorkingGroup: true,
 *   anchoredInServicePlans: false,
 *   signed: { by: "Leiar i koordinerande eining", on: "2012-10-22" },
 *   rows: [],
 * };
 */
export interface ActionPlan {
  /** Tells the document apart from other kinds. */
  kind: "action-plan";
  /** The plan's id. */
  id: string;
  /** The municipality (kommune) the plan belongs to. */
  municipality: ActionPlanMunicipality;
  /** The plan's title. */
  title: string;
  /** The plan period as a range ("2012/13" is 2012 to 2013). */
  period?: DeadlineRange | undefined;
  /** Is there an interdisciplinary working group with a coordinator (tverrfagleg arbeidsgruppe). */
  hasWorkingGroup?: boolean | undefined;
  /** The working group's name. */
  workingGroup?: string | undefined;
  /** Which services carry the measures after the project (kven har ansvaret over tid). */
  carriedBy?: string[] | undefined;
  /** Are the measures anchored in the services' own plans (forankra i planverket). */
  anchoredInServicePlans?: boolean | undefined;
  /** Signature and date (underskrift og dato). */
  signed?: ActionPlanSignature | undefined;
  /** The rows (rader) of the plan. */
  rows: ActionPlanRow[];
}
