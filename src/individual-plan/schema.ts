import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { IdSchema, INVALID_RANGE, inOrder, TextSchema } from "./_schema-parts.js";
import { type PlanConsent, PlanConsentSchema } from "./consent/schema.js";
import {
  type CoordinatorAssignment,
  CoordinatorAssignmentSchema,
  type ResponsibilityGroup,
  ResponsibilityGroupSchema,
} from "./coordination/schema.js";
import { type PlanGoal, PlanGoalSchema } from "./goal.js";
import { type PlanMeasure, PlanMeasureSchema } from "./measure.js";
import {
  type PlanParticipant,
  type PlanParticipantInput,
  PlanParticipantSchema,
  type PlanUser,
  type PlanUserInput,
  PlanUserSchema,
} from "./participant.js";
import { type PlanService, PlanServiceSchema } from "./services.js";

/**
 * Schema for {@link PlanStatus}.
 *
 * @example
 * PlanStatusSchema.options
 * //=> ["draft", "active", "closed"]
 */
export const PlanStatusSchema = z.enum(["draft", "active", "closed"]);

/**
 * Where an individual plan stands: `draft` (under utarbeiding), `active` (i bruk) or `closed`
 * (avsluttet, read-only, with a closing date and reason).
 *
 * @example
 * const status: PlanStatus = "active";
 */
export type PlanStatus = "draft" | "active" | "closed";

/**
 * Schema for {@link ClosingReason}.
 *
 * @example
 * ClosingReasonSchema.parse("goals-reached")
 * //=> "goals-reached"
 */
export const ClosingReasonSchema = z.enum([
  "goals-reached",
  "no-longer-needed",
  "consent-withdrawn",
  "moved",
  "transferred",
  "deceased",
  "other",
]);

/**
 * Why a plan was closed (årsak til avslutning): goals reached, no longer needed, consent withdrawn,
 * the user moved, the plan was transferred, the user died, or other. Confidential.
 *
 * @example
 * const reason: ClosingReason = "consent-withdrawn";
 */
export type ClosingReason =
  | "goals-reached"
  | "no-longer-needed"
  | "consent-withdrawn"
  | "moved"
  | "transferred"
  | "deceased"
  | "other";

/**
 * Schema for {@link PlanPeriod}; `to` may not come before `from`.
 *
 * @example
 * PlanPeriodSchema.parse({ from: "2025-01-15", to: "2026-01-14" })
 * //=> { from: "2025-01-15", to: "2026-01-14" }
 */
export const PlanPeriodSchema = z
  .strictObject({
    /** The first day of the plan period. */
    from: CalendarDateSchema,
    /** The last day of the plan period; open-ended when left out. */
    to: CalendarDateSchema.optional(),
  })
  .refine((p) => inOrder(p.from, p.to), { params: INVALID_RANGE, path: ["to"] });

/**
 * The plan period (planperiode, item g), both days included.
 *
 * @example
 * const period: PlanPeriod = { from: "2025-01-15", to: "2026-01-14" };
 */
export interface PlanPeriod {
  /** The first day of the plan period. */
  from: CalendarDate;
  /** The last day of the plan period; open-ended when left out. */
  to?: CalendarDate | undefined;
}

/**
 * Schema for {@link PlanRevision}.
 *
 * @example
 * PlanRevisionSchema.parse({ date: "2025-06-10" })
 * //=> { date: "2025-06-10" }
 */
export const PlanRevisionSchema = z.strictObject({
  /** The day the plan was revised. */
  date: CalendarDateSchema,
  /** What was changed (confidential). */
  note: TextSchema.optional(),
});

/**
 * A revision (revisjon, evaluering) of the plan that was held (item g).
 *
 * @example
 * const revision: PlanRevision = { date: "2025-06-10", note: "Mål 2 justert" };
 */
export interface PlanRevision {
  /** The day the plan was revised. */
  date: CalendarDate;
  /** What was changed (confidential). */
  note?: string | undefined;
}

/**
 * Schema for {@link PlanContribution}.
 *
 * @example
 * PlanContributionSchema.parse({ id: "k-1", participantId: "p-user" })
 * //=> { id: "k-1", participantId: "p-user" }
 */
export const PlanContributionSchema = z.strictObject({
  /** The contribution's id within the plan. */
  id: IdSchema,
  /** The participant who contributes: the user, a relative or a service provider. */
  participantId: IdSchema,
  /** What they contribute (confidential). */
  description: TextSchema.optional(),
});

/**
 * What the user, a relative or a service provider contributes (bidrag, item d).
 *
 * @example
 * const contribution: PlanContribution = { id: "k-1", participantId: "p-user", description: "Møter til avtalte samtaler" };
 */
export interface PlanContribution {
  /** The contribution's id within the plan. */
  id: string;
  /** The participant who contributes: the user, a relative or a service provider. */
  participantId: string;
  /** What they contribute (confidential). */
  description?: string | undefined;
}

/**
 * Schema for {@link PlanCooperation}.
 *
 * @example
 * PlanCooperationSchema.parse({ id: "s-1", participantId: "p-dps" })
 * //=> { id: "s-1", participantId: "p-dps" }
 */
export const PlanCooperationSchema = z.strictObject({
  /** The cooperation's id within the plan. */
  id: IdSchema,
  /** The service, institution or agency to cooperate with, as written (confidential). */
  partner: TextSchema.optional(),
  /** The participant who represents that partner, when one does. */
  participantId: IdSchema.optional(),
  /** What the cooperation is about (confidential). */
  description: TextSchema.optional(),
});

/**
 * Needed cooperation (samarbeid, item i) with other service providers, institutions and agencies.
 *
 * @example
 * const cooperation: PlanCooperation = { id: "s-1", partner: "DPS, poliklinikk", description: "Felles møte før utskriving" };
 */
export interface PlanCooperation {
  /** The cooperation's id within the plan. */
  id: string;
  /** The service, institution or agency to cooperate with, as written (confidential). */
  partner?: string | undefined;
  /** The participant who represents that partner, when one does. */
  participantId?: string | undefined;
  /** What the cooperation is about (confidential). */
  description?: string | undefined;
}

// The shape is kept apart so the schema's declared type can name it.
const individualPlanShape = {
  /** Tells the document apart from other kinds. */
  kind: z.literal("individual-plan"),
  /** The plan's id. */
  id: IdSchema,
  /** Draft, active or closed. */
  status: PlanStatusSchema,
  /** The services that hold the plan (health and care, specialist care, NAV, social services, child welfare) (confidential). */
  services: z.array(PlanServiceSchema).optional(),
  /** The day the plan was created. */
  createdOn: CalendarDateSchema.optional(),
  /** The day the plan was made active. */
  activatedOn: CalendarDateSchema.optional(),
  /** The day the plan was closed (avsluttet). */
  closedOn: CalendarDateSchema.optional(),
  /** Why the plan was closed (confidential). */
  closingReason: ClosingReasonSchema.optional(),
  /** A note on the closing (confidential). */
  closingNote: TextSchema.optional(),
  /** The plan period (item g). */
  period: PlanPeriodSchema.optional(),
  /** The day of the next revision (item g). */
  nextRevision: CalendarDateSchema.optional(),
  /** Revisions held. */
  revisions: z.array(PlanRevisionSchema).optional(),
  /** The person the plan is for. */
  user: PlanUserSchema,
  /** Who takes part in the planning work (item b). */
  participants: z.array(PlanParticipantSchema).optional(),
  /** Coordinators over time (item c). */
  coordinatorAssignments: z.array(CoordinatorAssignmentSchema).optional(),
  /** The responsibility group (ansvarsgruppe) and its meetings. */
  responsibilityGroup: ResponsibilityGroupSchema.optional(),
  /** The user's goals (item a). */
  goals: z.array(PlanGoalSchema).optional(),
  /** The user's resources (ressurser, item a) (confidential). */
  resources: z.array(TextSchema).optional(),
  /** The user's needs for services (behov, item a) (confidential). */
  needs: z.array(TextSchema).optional(),
  /** Measures (items e and f). */
  measures: z.array(PlanMeasureSchema).optional(),
  /** Contributions of the user, relatives and providers (item d). */
  contributions: z.array(PlanContributionSchema).optional(),
  /** Needed cooperation (item i). */
  cooperation: z.array(PlanCooperationSchema).optional(),
  /** Consents (item h). */
  consents: z.array(PlanConsentSchema).optional(),
};

/**
 * Schema for {@link IndividualPlan}. Parts that a plan under way may lack are optional; the checks
 * flag what is missing. Unknown fields are rejected, so a misspelt field is not silently lost.
 *
 * @example
 * IndividualPlanSchema.safeParse({ kind: "individual-plan", id: "ip-1", status: "draft", user: {} }).success
 * //=> true
 */
export const IndividualPlanSchema: NamedObjectSchema<typeof individualPlanShape, IndividualPlan, IndividualPlanInput> =
  z.strictObject(individualPlanShape);

/**
 * An individual plan (individuell plan, IP): everything the regulation's items a-i ask for, as the
 * IP tools in use keep it. Parts refer to each other by id.
 *
 * @example
 * const plan: IndividualPlan = {
 *   kind: "individual-plan",
 *   id: "ip-1",
 *   status: "draft",
 *   user: { birthDate: "1990-05-15" },
 *   participants: [{ id: "p-user", role: "user" }],
 * };
 */
export interface IndividualPlan {
  /** Tells the document apart from other kinds. */
  kind: "individual-plan";
  /** The plan's id. */
  id: string;
  /** Draft, active or closed. */
  status: PlanStatus;
  /** The services that hold the plan (confidential). */
  services?: PlanService[] | undefined;
  /** The day the plan was created. */
  createdOn?: CalendarDate | undefined;
  /** The day the plan was made active. */
  activatedOn?: CalendarDate | undefined;
  /** The day the plan was closed (avsluttet). */
  closedOn?: CalendarDate | undefined;
  /** Why the plan was closed (confidential). */
  closingReason?: ClosingReason | undefined;
  /** A note on the closing (confidential). */
  closingNote?: string | undefined;
  /** The plan period (planperiode, item g). */
  period?: PlanPeriod | undefined;
  /** The day of the next revision (item g). */
  nextRevision?: CalendarDate | undefined;
  /** Revisions held (revisjoner). */
  revisions?: PlanRevision[] | undefined;
  /** The person the plan is for (bruker). */
  user: PlanUser;
  /** Who takes part in the planning work (deltakere, item b). */
  participants?: PlanParticipant[] | undefined;
  /** Coordinators over time (koordinator, item c). */
  coordinatorAssignments?: CoordinatorAssignment[] | undefined;
  /** The responsibility group (ansvarsgruppe) and its meetings. */
  responsibilityGroup?: ResponsibilityGroup | undefined;
  /** The user's goals (mål, item a). */
  goals?: PlanGoal[] | undefined;
  /** The user's resources (ressurser, item a) (confidential). */
  resources?: string[] | undefined;
  /** The user's needs for services (behov, item a) (confidential). */
  needs?: string[] | undefined;
  /** Measures (tiltak, items e and f). */
  measures?: PlanMeasure[] | undefined;
  /** Contributions of the user, relatives and providers (bidrag, item d). */
  contributions?: PlanContribution[] | undefined;
  /** Needed cooperation (samarbeid, item i). */
  cooperation?: PlanCooperation[] | undefined;
  /** Consents (samtykke, item h). */
  consents?: PlanConsent[] | undefined;
}

/**
 * What {@link IndividualPlanSchema} accepts (individuell plan, as sent): an {@link IndividualPlan}
 * whose national id and organisation numbers are still plain strings, not yet checked and branded.
 *
 * @example
 * const sent: IndividualPlanInput = {
 *   kind: "individual-plan",
 *   id: "ip-1",
 *   status: "draft",
 *   user: { nationalId: "15859012342" },
 * };
 */
export interface IndividualPlanInput extends Omit<IndividualPlan, "user" | "participants"> {
  /** The person the plan is for (bruker). */
  user: PlanUserInput;
  /** Who takes part in the planning work (deltakere, item b). */
  participants?: PlanParticipantInput[] | undefined;
}
