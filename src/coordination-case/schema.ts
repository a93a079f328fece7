import { type ConsentIncapacity, ConsentIncapacitySchema } from "../individual-plan/participant.js";
import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { type NationalId, NationalIdSchema } from "../core/identifiers/national-id.js";
import { IdSchema, INVALID_RANGE } from "../individual-plan/_schema-parts.js";
import {
  type CaseActivity,
  CaseActivitySchema,
  type CaseAppointment,
  CaseAppointmentSchema,
  type CasePlanLink,
  CasePlanLinkSchema,
} from "./appointment.js";
import { type CaseConsent, CaseConsentSchema, type CaseNotice, CaseNoticeSchema, type CaseOffer, CaseOfferSchema } from "./steps.js";

/**
 * Schema for {@link CaseStatus}.
 *
 * @example
 * CaseStatusSchema.options
 * //=> ["open", "closed"]
 */
export const CaseStatusSchema = z.enum(["open", "closed"]);

/**
 * Where a case stands: `open` (under arbeid) or `closed` (avsluttet, with `closedOn`).
 *
 * @example
 * const status: CaseStatus = "open";
 */
export type CaseStatus = "open" | "closed";

/**
 * Schema for {@link CaseClosingReason}.
 *
 * @example
 * CaseClosingReasonSchema.parse("declined")
 * //=> "declined"
 */
export const CaseClosingReasonSchema = z.enum([
  "coordination-established",
  "declined",
  "consent-withdrawn",
  "no-longer-needed",
  "moved",
  "deceased",
  "other",
]);

/**
 * Why a case was closed: coordination is established (a coordinator appointed and/or a plan made,
 * and the unit's part is done), the user `declined` what was offered, consent was withdrawn, the
 * need ended, the user moved or died, or `other`.
 *
 * @example
 * const reason: CaseClosingReason = "coordination-established";
 */
export type CaseClosingReason =
  | "coordination-established"
  | "declined"
  | "consent-withdrawn"
  | "no-longer-needed"
  | "moved"
  | "deceased"
  | "other";

/**
 * Schema for {@link CaseUser}.
 *
 * @example
 * CaseUserSchema.parse({ id: "u-1", birthDate: "2010-04-02" })
 * //=> { id: "u-1", birthDate: "2010-04-02" }
 */
export const CaseUserSchema = z.strictObject({
  /** A pseudonymous id, local to the unit's register: never a national id or a name. */
  id: IdSchema,
  /** The user's birth date (confidential); needed to judge a child coordinator. */
  birthDate: CalendarDateSchema.optional(),
  /** The user's national identity number (confidential); the birth date is read from it when not recorded. */
  nationalId: NationalIdSchema.optional(),
  /**
   * Recorded decisions that the user lacks capacity to consent (pbrl § 4-3), as on an individual
   * plan: while one holds, a guardian or representative consents on the user's behalf.
   */
  lacksConsentCapacity: z.array(ConsentIncapacitySchema).optional(),
});

/**
 * The user (bruker) a case is about, by a case-local pseudonymous id. The birth date, recorded or
 * read from the national id, gives the age that the child-coordinator rule needs and, with any
 * recorded lack of capacity, who may consent (as {@link whoMayConsent} answers for a plan). None of
 * it ever appears in a finding.
 *
 * @example
 * const user: CaseUser = { id: "u-1", birthDate: "2010-04-02" };
 */
export interface CaseUser {
  /** A pseudonymous id, local to the unit's register: never a national id or a name. */
  id: string;
  /** The user's birth date (fødselsdato) (confidential); needed to judge a child coordinator. */
  birthDate?: CalendarDate | undefined;
  /** The user's national identity number (confidential); the birth date is read from it when not recorded. */
  nationalId?: NationalId | undefined;
  /** Recorded decisions that the user lacks capacity to consent (pbrl § 4-3), as on an individual plan. */
  lacksConsentCapacity?: ConsentIncapacity[] | undefined;
}

type DatedPath = readonly [date: string | undefined, path: readonly (string | number)[]];

// The shape is kept apart so the schema's declared type can name it.
const coordinationCaseShape = {
  /** Tells the document apart from other kinds. */
  kind: z.literal("coordination-case"),
  /** The case's id in the unit's register. */
  id: IdSchema,
  /** Open or closed. */
  status: CaseStatusSchema,
  /** The user the case is about. */
  user: CaseUserSchema,
  /** The notice of need that opened the case. */
  notice: CaseNoticeSchema,
  /** The consent step. */
  consent: CaseConsentSchema.optional(),
  /** The offer of a plan and a coordinator, and the user's answers. */
  offer: CaseOfferSchema.optional(),
  /** Coordinators and child coordinators appointed, over time. */
  appointments: z.array(CaseAppointmentSchema).optional(),
  /** Other activity on the case. */
  activities: z.array(CaseActivitySchema).optional(),
  /** The individual plan, once made. */
  individualPlan: CasePlanLinkSchema.optional(),
  /** The day the case was closed. */
  closedOn: CalendarDateSchema.optional(),
  /** Why the case was closed. */
  closingReason: CaseClosingReasonSchema.optional(),
};

/**
 * Schema for {@link CoordinationCase}. Steps a case has not reached are left out. The offer, the
 * appointments, the activities, the plan link and the closing may not be dated before the notice
 * (`schema/invalid-range`); consent may, as the notifying service often asks for it first.
 *
 * @example
 * CoordinationCaseSchema.safeParse({
 *   kind: "coordination-case", id: "ke-1", status: "open", user: { id: "u-1" },
 *   notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
 * }).success
 * //=> true
 */
export const CoordinationCaseSchema: NamedObjectSchema<typeof coordinationCaseShape, CoordinationCase, CoordinationCaseInput> = z
  .strictObject(coordinationCaseShape)
  .superRefine((c, ctx) => {
    const dated: DatedPath[] = [
      [c.offer?.offeredOn, ["offer", "offeredOn"]],
      ...(c.appointments ?? []).map((a, i): DatedPath => [a.appointedOn, ["appointments", i, "appointedOn"]]),
      ...(c.activities ?? []).map((a, i): DatedPath => [a.date, ["activities", i, "date"]]),
      [c.individualPlan?.madeOn, ["individualPlan", "madeOn"]],
      [c.closedOn, ["closedOn"]],
    ];
    for (const [date, path] of dated) {
      if (date !== undefined && date < c.notice.receivedOn) ctx.addIssue({ code: "custom", params: INVALID_RANGE, path: [...path] });
    }
  });

/**
 * A case of the coordinating unit (sak i koordinerende enhet): the notice of need, the consent
 * step, the offer of a plan and a coordinator with the user's answers, the appointments of a
 * coordinator or child coordinator, activity, and the link to the individual plan once made. One
 * document per notice, as the unit's register keeps it.
 *
 * @example
 * const example: CoordinationCase = {
 *   kind: "coordination-case",
 *   id: "ke-2025-014",
 *   status: "open",
 *   user: { id: "u-14", birthDate: "1988-02-11" },
 *   notice: { receivedOn: "2025-09-01", fromService: "specialist-mental-health", aboutUserId: "u-14" },
 *   consent: { status: "given", givenOn: "2025-09-08", givenBy: "user" },
 *   offer: { offeredOn: "2025-09-08", plan: "accepted", coordinator: "accepted", answeredOn: "2025-09-08" },
 *   appointments: [{ id: "a-1", kind: "coordinator", coordinatorId: "k-2", appointedOn: "2025-09-15", trainedOn: "2024-05-30" }],
 * };
 */
export interface CoordinationCase {
  /** Tells the document apart from other kinds. */
  kind: "coordination-case";
  /** The case's id in the unit's register. */
  id: string;
  /** Open or closed. */
  status: CaseStatus;
  /** The user (bruker) the case is about. */
  user: CaseUser;
  /** The notice of need (melding om behov) that opened the case. */
  notice: CaseNotice;
  /** The consent step (samtykke). */
  consent?: CaseConsent | undefined;
  /** The offer (tilbud) of a plan and a coordinator, and the user's answers. */
  offer?: CaseOffer | undefined;
  /** Coordinators and child coordinators appointed (oppnevninger), over time. */
  appointments?: CaseAppointment[] | undefined;
  /** Other activity on the case. */
  activities?: CaseActivity[] | undefined;
  /** The individual plan, once made. */
  individualPlan?: CasePlanLink | undefined;
  /** The day the case was closed. */
  closedOn?: CalendarDate | undefined;
  /** Why the case was closed. */
  closingReason?: CaseClosingReason | undefined;
}

/**
 * What {@link CaseUserSchema} accepts: a {@link CaseUser} whose national id is a plain string, not
 * yet checked and branded.
 *
 * @example
 * const sent: CaseUserInput = { id: "u-1", nationalId: "15859012342" };
 */
export interface CaseUserInput extends Omit<CaseUser, "nationalId"> {
  /** The user's national identity number (fødselsnummer) as sent (confidential). */
  nationalId?: string | undefined;
}

/**
 * What {@link CoordinationCaseSchema} accepts (sak, as sent): a {@link CoordinationCase} whose
 * user's national id is still a plain string.
 *
 * @example
 * const sent: CoordinationCaseInput = {
 *   kind: "coordination-case",
 *   id: "ke-1",
 *   status: "open",
 *   user: { id: "u-1", nationalId: "15859012342" },
 *   notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
 * };
 */
export interface CoordinationCaseInput extends Omit<CoordinationCase, "user"> {
  /** The user (bruker) the case is about. */
  user: CaseUserInput;
}
