import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../../core/dates/calendar-date.js";
import { IdSchema, INVALID_RANGE, inOrder, TextSchema } from "../_schema-parts.js";

/**
 * Schema for {@link ConsentPurpose}.
 *
 * @example
 * ConsentPurposeSchema.options
 * //=> ["plan", "information-sharing"]
 */
export const ConsentPurposeSchema = z.enum(["plan", "information-sharing"]);

/**
 * What a consent (samtykke) is to (item h): `plan`, to the plan being made, and
 * `information-sharing`, to participants seeing confidential information (taushetsbelagte
 * opplysninger). One consent form often covers both.
 *
 * @example
 * const purpose: ConsentPurpose = "information-sharing";
 */
export type ConsentPurpose = "plan" | "information-sharing";

/**
 * Schema for {@link ConsentGiver}.
 *
 * @example
 * ConsentGiverSchema.options
 * //=> ["user", "parent", "guardian", "representative"]
 */
export const ConsentGiverSchema = z.enum(["user", "parent", "guardian", "representative"]);

/**
 * Who gave a consent: the `user`, or someone on the user's behalf and as whom: a `parent` (with
 * parental responsibility, for a user under 16), a `guardian` (verge) or another `representative`
 * entitled to consent for a user who lacks capacity.
 *
 * @example
 * const giver: ConsentGiver = "parent";
 */
export type ConsentGiver = "user" | "parent" | "guardian" | "representative";

/**
 * Schema for {@link PlanConsent}; `validUntil` and `withdrawnOn` may not come before `givenOn`.
 *
 * @example
 * PlanConsentSchema.safeParse({
 *   id: "c-1", purposes: ["plan"], givenBy: "user", givenOn: "2025-02-01", validUntil: "2025-01-01",
 * }).success
 * //=> false
 */
export const PlanConsentSchema = z
  .strictObject({
    /** The consent's id within the plan. */
    id: IdSchema,
    /** What the consent is to: the plan, sharing information, or both. */
    purposes: z.array(ConsentPurposeSchema).min(1),
    /** For sharing: `"all"` participants, or the ids of the named ones. */
    sharesWith: z.union([z.literal("all"), z.array(IdSchema)]).optional(),
    /** Who gave the consent. */
    givenBy: ConsentGiverSchema,
    /** The participant who consented on the user's behalf, when that is a participant. */
    givenByParticipantId: IdSchema.optional(),
    /** The day the consent was given. */
    givenOn: CalendarDateSchema,
    /** The last day the consent holds, when it was given for a time. */
    validUntil: CalendarDateSchema.optional(),
    /** The day the consent was withdrawn; it no longer holds from that day. */
    withdrawnOn: CalendarDateSchema.optional(),
    /** Whether the consent is written or oral (muntlig). */
    form: z.enum(["written", "oral"]).optional(),
    /** A note on the consent (confidential). */
    note: TextSchema.optional(),
    /**
     * For a consent the user gave before turning 16: `true` when the record says the matter is one
     * the law lets the user decide alone (pbrl § 4-3: for some matters from 12, or under a special
     * provision), so the consent counts without anyone consenting on the user's behalf. Ignored for
     * consents given by anyone else, and while a lack of capacity is recorded.
     */
    competentUnder16: z.boolean().optional(),
  })
  .refine((c) => inOrder(c.givenOn, c.validUntil), { params: INVALID_RANGE, path: ["validUntil"] })
  .refine((c) => inOrder(c.givenOn, c.withdrawnOn), { params: INVALID_RANGE, path: ["withdrawnOn"] });

/**
 * A consent (samtykke) recorded in the plan (item h): to the plan being made and/or to sharing
 * confidential information with named participants or all; who gave it, when, until when, and when
 * it was withdrawn. A consent holds from `givenOn` up to and including `validUntil`, and not from
 * the day it is withdrawn; it counts on a day only while its giver may consent for the user, both
 * on the day it was given and on that day (see `whoMayConsent`).
 *
 * @example
 * const consent: PlanConsent = {
 *   id: "c-1",
 *   purposes: ["plan", "information-sharing"],
 *   sharesWith: "all",
 *   givenBy: "user",
 *   givenOn: "2025-01-10",
 *   validUntil: "2026-01-10",
 *   form: "written",
 * };
 */
export interface PlanConsent {
  /** The consent's id within the plan. */
  id: string;
  /** What the consent is to (formål): the plan, sharing information, or both. */
  purposes: ConsentPurpose[];
  /** For sharing: `"all"` participants, or the ids of the named ones. */
  sharesWith?: "all" | string[] | undefined;
  /** Who gave the consent. */
  givenBy: ConsentGiver;
  /** The participant who consented on the user's behalf, when that is a participant. */
  givenByParticipantId?: string | undefined;
  /** The day the consent was given. */
  givenOn: CalendarDate;
  /** The last day the consent holds, when it was given for a time. */
  validUntil?: CalendarDate | undefined;
  /** The day the consent was withdrawn (trukket tilbake); it no longer holds from that day. */
  withdrawnOn?: CalendarDate | undefined;
  /** Whether the consent is written (skriftlig) or oral (muntlig). */
  form?: "written" | "oral" | undefined;
  /** A note on the consent (confidential). */
  note?: string | undefined;
  /**
   * For a consent the user gave before turning 16: `true` when the record says the matter is one
   * the law lets the user decide alone (pbrl § 4-3), so the consent counts without anyone consenting
   * on the user's behalf.
   */
  competentUnder16?: boolean | undefined;
}
