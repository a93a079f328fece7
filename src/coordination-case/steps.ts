import * as z from "zod";
import { CalendarDateSchema } from "../core/dates/calendar-date.js";
import { IdSchema, INVALID_RANGE, inOrder } from "../individual-plan/_schema-parts.js";
import { ConsentGiverSchema } from "../individual-plan/consent/schema.js";
import { CoordinatorKindSchema } from "../individual-plan/coordination/schema.js";

/**
 * Schema for {@link NoticeSource}.
 *
 * @example
 * NoticeSourceSchema.parse("gp")
 * //=> "gp"
 */
export const NoticeSourceSchema = z.enum([
  "gp",
  "specialist-mental-health",
  "tsb",
  "specialist-other",
  "municipal-health-care",
  "nav",
  "child-welfare",
  "school",
  "user-or-family",
  "other",
]);

/**
 * Where a notice of need (melding om behov) came from: the GP (`gp`, fastlege), specialist mental
 * health care (`specialist-mental-health`, psykisk helsevern: DPS, BUP), specialised substance-use
 * treatment (`tsb`, tverrfaglig spesialisert rusbehandling), other specialist health services
 * (`specialist-other`: hospital, habilitation), the municipality's own health and care services
 * (`municipal-health-care`), `nav`, child welfare (`child-welfare`, barnevern), a kindergarten or
 * `school`, the user or their family asking themselves (`user-or-family`), or `other`.
 *
 * @example
 * const source: NoticeSource = "specialist-mental-health";
 */
export type NoticeSource = z.infer<typeof NoticeSourceSchema>;

/**
 * Schema for {@link CaseNotice}.
 *
 * @example
 * CaseNoticeSchema.parse({ receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" })
 * //=> { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" }
 */
export const CaseNoticeSchema = z.strictObject({
  /** The day the coordinating unit received the notice. */
  receivedOn: CalendarDateSchema,
  /** The service the notice came from. */
  fromService: NoticeSourceSchema,
  /** The case-local id of the user the notice is about; the same as the case's `user.id`. */
  aboutUserId: IdSchema,
});

/**
 * The notice (melding) that opens a case: health personnel must notify the coordinating unit of a
 * patient's need for an individual plan and a coordinator (hpl § 38 a); users, families and other
 * services may ask too. Only the day, the service and the user's case-local id: no free text.
 *
 * @example
 * const notice: CaseNotice = { receivedOn: "2025-09-01", fromService: "tsb", aboutUserId: "u-1" };
 */
export type CaseNotice = z.infer<typeof CaseNoticeSchema>;

/**
 * Schema for {@link CaseConsent}; a withdrawal may not come before the consent.
 *
 * @example
 * CaseConsentSchema.safeParse({ status: "given", givenOn: "2025-09-10", givenBy: "user", withdrawnOn: "2025-09-01" }).success
 * //=> false
 */
export const CaseConsentSchema = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("pending"),
    /** The day the unit asked for consent. */
    askedOn: CalendarDateSchema.optional(),
  }),
  z
    .strictObject({
      status: z.literal("given"),
      /** The day consent was given. */
      givenOn: CalendarDateSchema,
      /** Who gave it: the user, or a parent, guardian or representative on the user's behalf. */
      givenBy: ConsentGiverSchema,
      /** The day consent was withdrawn; it no longer holds from that day. */
      withdrawnOn: CalendarDateSchema.optional(),
    })
    .refine((c) => inOrder(c.givenOn, c.withdrawnOn), { params: INVALID_RANGE, path: ["withdrawnOn"] }),
  z.strictObject({
    status: z.literal("declined"),
    /** The day consent was declined. */
    declinedOn: CalendarDateSchema,
    /** Who declined. */
    declinedBy: ConsentGiverSchema.optional(),
  }),
]);

/**
 * The consent step (samtykke): the user's consent, or that of those who may consent for them, to the
 * coordinating unit following the notice up, and to information being shared with the services
 * involved for it. `pending` (asked, no answer yet), `given` (holds from `givenOn`, no longer from
 * `withdrawnOn`) or `declined`. A coordinator is appointed only once consent is given.
 *
 * @example
 * const consent: CaseConsent = { status: "given", givenOn: "2025-09-10", givenBy: "user" };
 */
export type CaseConsent = z.infer<typeof CaseConsentSchema>;

/**
 * Schema for {@link OfferAnswer}.
 *
 * @example
 * OfferAnswerSchema.options
 * //=> ["not-offered", "pending", "accepted", "declined"]
 */
export const OfferAnswerSchema = z.enum(["not-offered", "pending", "accepted", "declined"]);

/**
 * The user's answer to one part of an offer: `not-offered` (that part was not offered), `pending`
 * (offered, no answer yet), `accepted` (takket ja) or `declined` (takket nei).
 *
 * @example
 * const answer: OfferAnswer = "declined";
 */
export type OfferAnswer = z.infer<typeof OfferAnswerSchema>;

/**
 * Schema for {@link CaseOffer}; the answer may not come before the offer.
 *
 * @example
 * CaseOfferSchema.parse({ offeredOn: "2025-09-12", plan: "declined", coordinator: "accepted", answeredOn: "2025-09-15" })
 * //=> { offeredOn: "2025-09-12", plan: "declined", coordinator: "accepted", answeredOn: "2025-09-15" }
 */
export const CaseOfferSchema = z
  .strictObject({
    /** The day the offer was made. */
    offeredOn: CalendarDateSchema,
    /** The user's answer to the offer of an individual plan. */
    plan: OfferAnswerSchema,
    /** The user's answer to the offer of a coordinator (or child coordinator). */
    coordinator: OfferAnswerSchema,
    /** The day the user answered. */
    answeredOn: CalendarDateSchema.optional(),
  })
  .refine((o) => inOrder(o.offeredOn, o.answeredOn), { params: INVALID_RANGE, path: ["answeredOn"] });

/**
 * The offer (tilbud) of an individual plan and a coordinator, and the user's answer to each. A
 * coordinator must be offered even when the user declines a plan (hol § 7-2): a plan `declined`
 * with the coordinator `not-offered` is the finding `case/plan-declined-no-coordinator-offer`.
 *
 * @example
 * const offer: CaseOffer = { offeredOn: "2025-09-12", plan: "accepted", coordinator: "accepted", answeredOn: "2025-09-12" };
 */
export type CaseOffer = z.infer<typeof CaseOfferSchema>;

/**
 * Schema for {@link CaseAppointment}; an appointment may not end before it starts.
 *
 * @example
 * CaseAppointmentSchema.parse({ id: "a-1", kind: "coordinator", coordinatorId: "k-7", appointedOn: "2025-09-20" })
 * //=> { id: "a-1", kind: "coordinator", coordinatorId: "k-7", appointedOn: "2025-09-20" }
 */
export const CaseAppointmentSchema = z
  .strictObject({
    /** The appointment's id within the case. */
    id: IdSchema,
    /** A coordinator (koordinator) or a child coordinator (barnekoordinator). */
    kind: CoordinatorKindSchema,
    /** The unit's own id of the person appointed: never a name. */
    coordinatorId: IdSchema,
    /** The day of the appointment (oppnevning). */
    appointedOn: CalendarDateSchema,
    /** The day the coordinator completed training (opplæring); may be before the appointment. */
    trainedOn: CalendarDateSchema.optional(),
    /** The last day of the appointment, at a handover or when coordination stops. */
    endedOn: CalendarDateSchema.optional(),
  })
  .refine((a) => inOrder(a.appointedOn, a.endedOn), { params: INVALID_RANGE, path: ["endedOn"] });

/**
 * The appointment (oppnevning) of a coordinator or child coordinator by the unit, with the day the
 * person was trained. It holds from `appointedOn` through `endedOn`.
 *
 * @example
 * const appointment: CaseAppointment = { id: "a-1", kind: "child-coordinator", coordinatorId: "k-3", appointedOn: "2025-09-20", trainedOn: "2024-03-01" };
 */
export type CaseAppointment = z.infer<typeof CaseAppointmentSchema>;

/**
 * Schema for {@link CaseActivityKind}.
 *
 * @example
 * CaseActivityKindSchema.options
 * //=> ["contact", "meeting", "letter", "review", "other"]
 */
export const CaseActivityKindSchema = z.enum(["contact", "meeting", "letter", "review", "other"]);

/**
 * What the unit did on a case besides the formal steps: a `contact` (phone, message), a `meeting`,
 * a `letter`, a `review` of the case, or `other`.
 *
 * @example
 * const kind: CaseActivityKind = "contact";
 */
export type CaseActivityKind = z.infer<typeof CaseActivityKindSchema>;

/**
 * Schema for {@link CaseActivity}.
 *
 * @example
 * CaseActivitySchema.parse({ date: "2025-09-05", kind: "contact" })
 * //=> { date: "2025-09-05", kind: "contact" }
 */
export const CaseActivitySchema = z.strictObject({
  /** The day of the activity. */
  date: CalendarDateSchema,
  /** What kind of activity it was. */
  kind: CaseActivityKindSchema,
});

/**
 * An activity (aktivitet) logged on a case: a day and a kind, no free text. It counts as follow-up
 * of the notice and as activity on the case.
 *
 * @example
 * const activity: CaseActivity = { date: "2025-09-05", kind: "contact" };
 */
export type CaseActivity = z.infer<typeof CaseActivitySchema>;

/**
 * Schema for {@link CasePlanLink}.
 *
 * @example
 * CasePlanLinkSchema.parse({ id: "ip-1", madeOn: "2025-10-15" })
 * //=> { id: "ip-1", madeOn: "2025-10-15" }
 */
export const CasePlanLinkSchema = z.strictObject({
  /** The id of the individual plan (`IndividualPlan.id`). */
  id: IdSchema,
  /** The day the plan was made (opprettet). */
  madeOn: CalendarDateSchema,
});

/**
 * The link from a case to the individual plan made for the user, once it is made.
 *
 * @example
 * const link: CasePlanLink = { id: "ip-1", madeOn: "2025-10-15" };
 */
export type CasePlanLink = z.infer<typeof CasePlanLinkSchema>;
