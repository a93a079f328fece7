import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { type NationalId, NationalIdSchema } from "../core/identifiers/national-id.js";
import { type OrganizationNumber, OrganizationNumberSchema } from "../core/identifiers/organization-number.js";
import { IdSchema, INVALID_RANGE, inOrder, TextSchema } from "./_schema-parts.js";

/**
 * Schema for {@link ConsentIncapacity}; `to` may not come before `from`.
 *
 * @example
 * ConsentIncapacitySchema.parse({ from: "2025-03-01", decidedOn: "2025-03-01" })
 * //=> { from: "2025-03-01", decidedOn: "2025-03-01" }
 */
export const ConsentIncapacitySchema = z
  .strictObject({
    /** The first day the user lacks capacity to consent. */
    from: CalendarDateSchema,
    /** The last day, when the user has regained capacity; open-ended when left out. */
    to: CalendarDateSchema.optional(),
    /** The day the written, reasoned decision was made (pbrl § 4-3), when recorded. */
    decidedOn: CalendarDateSchema.optional(),
  })
  .refine((r) => inOrder(r.from, r.to), { params: INVALID_RANGE, path: ["to"] });

/**
 * A recorded decision that the user lacks capacity to consent (mangler samtykkekompetanse,
 * pbrl § 4-3), from `from` through `to`, both days included. While one
 * holds, the user's own consent does not count, and a guardian (verge) or representative consents on
 * the user's behalf; for a user of 16 or 17, those with parental responsibility may too. Leave
 * `lacksConsentCapacity` out when no such decision is recorded: the user is then taken to have
 * capacity. Confidential, like everything about the user.
 *
 * @example
 * const incapacity: ConsentIncapacity = { from: "2025-03-01", decidedOn: "2025-03-01" };
 */
export interface ConsentIncapacity {
  /** The first day the user lacks capacity to consent. */
  from: CalendarDate;
  /** The last day, when the user has regained capacity; open-ended when left out. */
  to?: CalendarDate | undefined;
  /** The day the written, reasoned decision (vedtak) was made (pbrl § 4-3), when recorded. */
  decidedOn?: CalendarDate | undefined;
}

/**
 * Schema for {@link PlanUser}: the person the plan is for (bruker). Every field is optional so a plan
 * under way parses; `checkIndividualPlan` reports `plan/user-unidentified` when there is neither a
 * birth date nor a national id.
 *
 * @example
 * PlanUserSchema.parse({ birthDate: "1990-05-15" })
 * //=> { birthDate: "1990-05-15" }
 */
export const PlanUserSchema = z.strictObject({
  /** The user's name (confidential). */
  name: TextSchema.optional(),
  /** The user's birth date, `YYYY-MM-DD` (confidential). */
  birthDate: CalendarDateSchema.optional(),
  /** The user's national identity number: fødselsnummer, D- or H-number (confidential). */
  nationalId: NationalIdSchema.optional(),
  /**
   * Recorded decisions that the user lacks capacity to consent, each for a time (confidential).
   * Who may consent on a day follows from these and the user's age; see `whoMayConsent`.
   */
  lacksConsentCapacity: z.array(ConsentIncapacitySchema).optional(),
});

/**
 * The user (bruker, brukar) the plan is for: name, birth date and national id, and any recorded
 * lack of capacity to consent, all confidential. The age that consent rules need comes from
 * `birthDate`, or else from the national id.
 *
 * @example
 * const user: PlanUser = { name: "Bruker A", birthDate: "1990-05-15" };
 */
export interface PlanUser {
  /** The user's name (confidential). */
  name?: string | undefined;
  /** The user's birth date (fødselsdato), `YYYY-MM-DD` (confidential). */
  birthDate?: CalendarDate | undefined;
  /** The user's national identity number: fødselsnummer, D- or H-number (confidential). */
  nationalId?: NationalId | undefined;
  /** Recorded decisions that the user lacks capacity to consent, each for a time (confidential). */
  lacksConsentCapacity?: ConsentIncapacity[] | undefined;
}

/**
 * Schema for {@link ParticipantRole}.
 *
 * @example
 * ParticipantRoleSchema.options
 * //=> ["user", "relative", "coordinator", "service-provider", "gp", "other"]
 */
export const ParticipantRoleSchema = z.enum(["user", "relative", "coordinator", "service-provider", "gp", "other"]);

/**
 * The role of a participant (deltaker) in the planning work (item b): the user (bruker), a relative
 * (pårørende), the coordinator (koordinator), a service provider (tjenesteyter), the GP (fastlege),
 * or someone else.
 *
 * @example
 * const role: ParticipantRole = "service-provider";
 */
export type ParticipantRole = "user" | "relative" | "coordinator" | "service-provider" | "gp" | "other";

/**
 * Schema for {@link RelativeRelation}.
 *
 * @example
 * RelativeRelationSchema.parse("parent")
 * //=> "parent"
 */
export const RelativeRelationSchema = z.enum(["parent", "guardian", "partner", "child", "sibling", "other"]);

/**
 * How a relative (pårørende) is related to the user: parent (forelder), guardian (verge), partner,
 * child, sibling or other.
 *
 * @example
 * const relation: RelativeRelation = "parent";
 */
export type RelativeRelation = "parent" | "guardian" | "partner" | "child" | "sibling" | "other";

/**
 * Schema for {@link PlanParticipant}; `leftOn` may not come before `joinedOn`.
 *
 * @example
 * PlanParticipantSchema.parse({ id: "p-gp", role: "gp" })
 * //=> { id: "p-gp", role: "gp" }
 */
export const PlanParticipantSchema = z
  .strictObject({
    /** The participant's id within the plan. */
    id: IdSchema,
    /** The participant's role. */
    role: ParticipantRoleSchema,
    /** The participant's name (confidential). */
    name: TextSchema.optional(),
    /** For a relative: how they are related to the user. */
    relation: RelativeRelationSchema.optional(),
    /** For a service provider: the service or organisation, e.g. "Psykisk helse og rus" (confidential). */
    service: TextSchema.optional(),
    /** The organisation number (organisasjonsnummer) of the provider, when known. */
    organizationNumber: OrganizationNumberSchema.optional(),
    /** Phone, e-mail or other contact details, as written (confidential). */
    contact: TextSchema.optional(),
    /** The day the participant joined the plan. */
    joinedOn: CalendarDateSchema.optional(),
    /** The last day the participant took part; after it they are no longer a participant. */
    leftOn: CalendarDateSchema.optional(),
  })
  .refine((p) => inOrder(p.joinedOn, p.leftOn), { params: INVALID_RANGE, path: ["leftOn"] });

/**
 * A participant (deltaker, deltakar) in the planning work (item b): the user, relatives, the
 * coordinator, service providers with their service, the GP and others. Parts of the plan refer to
 * participants by `id`.
 *
 * @example
 * const provider: PlanParticipant = {
 *   id: "p-nav",
 *   role: "service-provider",
 *   service: "NAV, oppfølging",
 *   organizationNumber: OrganizationNumberSchema.parse("123456785"),
 * };
 */
export interface PlanParticipant {
  /** The participant's id within the plan. */
  id: string;
  /** The participant's role (rolle). */
  role: ParticipantRole;
  /** The participant's name (confidential). */
  name?: string | undefined;
  /** For a relative (pårørende): how they are related to the user. */
  relation?: RelativeRelation | undefined;
  /** For a service provider: the service or organisation, e.g. "Psykisk helse og rus" (confidential). */
  service?: string | undefined;
  /** The organisation number (organisasjonsnummer) of the provider, when known. */
  organizationNumber?: OrganizationNumber | undefined;
  /** Phone, e-mail or other contact details, as written (confidential). */
  contact?: string | undefined;
  /** The day the participant joined the plan. */
  joinedOn?: CalendarDate | undefined;
  /** The last day the participant took part; after it they are no longer a participant. */
  leftOn?: CalendarDate | undefined;
}

/**
 * What {@link PlanUserSchema} accepts: a {@link PlanUser} whose national id is a plain string, not
 * yet checked and branded.
 *
 * @example
 * const sent: PlanUserInput = { birthDate: "1990-05-15", nationalId: "15859012342" };
 */
export interface PlanUserInput extends Omit<PlanUser, "nationalId"> {
  /** The user's national identity number (fødselsnummer, D- or H-number) as sent (confidential). */
  nationalId?: string | undefined;
}

/**
 * What {@link PlanParticipantSchema} accepts: a {@link PlanParticipant} whose organisation number is
 * a plain string, not yet checked and branded.
 *
 * @example
 * const sent: PlanParticipantInput = { id: "p-nav", role: "service-provider", organizationNumber: "123456785" };
 */
export interface PlanParticipantInput extends Omit<PlanParticipant, "organizationNumber"> {
  /** The organisation number (organisasjonsnummer) of the provider as sent. */
  organizationNumber?: string | undefined;
}
