import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { IdSchema, INVALID_RANGE, inOrder } from "../individual-plan/_schema-parts.js";
import { type ConsentGiver, ConsentGiverSchema } from "../individual-plan/consent/schema.js";

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
export type NoticeSource =
  | "gp"
  | "specialist-mental-health"
  | "tsb"
  | "specialist-other"
  | "municipal-health-care"
  | "nav"
  | "child-welfare"
  | "school"
  | "user-or-family"
  | "other";

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
export interface CaseNotice {
  /** The day the coordinating unit received the notice. */
  receivedOn: CalendarDate;
  /** The service the notice came from. */
  fromService: NoticeSource;
  /** The case-local id of the user the notice is about; the same as the case's `user.id`. */
  aboutUserId: string;
}

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
export type CaseConsent =
  | {
      status: "pending";
      /** The day the unit asked for consent. */
      askedOn?: CalendarDate | undefined;
    }
  | {
      status: "given";
      /** The day consent was given. */
      givenOn: CalendarDate;
      /** Who gave it: the user, or a parent, guardian or representative on the user's behalf. */
      givenBy: ConsentGiver;
      /** The day consent was withdrawn; it no longer holds from that day. */
      withdrawnOn?: CalendarDate | undefined;
    }
  | {
      status: "declined";
      /** The day consent was declined. */
      declinedOn: CalendarDate;
      /** Who declined. */
      declinedBy?: ConsentGiver | undefined;
    };

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
export type OfferAnswer = "not-offered" | "pending" | "accepted" | "declined";

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
export interface CaseOffer {
  /** The day the offer was made. */
  offeredOn: CalendarDate;
  /** The user's answer to the offer of an individual plan. */
  plan: OfferAnswer;
  /** The user's answer to the offer of a coordinator (or child coordinator). */
  coordinator: OfferAnswer;
  /** The day the user answered. */
  answeredOn?: CalendarDate | undefined;
}
