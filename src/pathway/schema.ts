import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { type NationalId, NationalIdSchema } from "../core/identifiers/national-id.js";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { IdSchema, INVALID_RANGE } from "../individual-plan/_schema-parts.js";
import { type ConsentGiver, ConsentGiverSchema } from "../individual-plan/consent/schema.js";
import { type ConsentIncapacity, ConsentIncapacitySchema } from "../individual-plan/participant.js";
import { type PathwayRole, PathwayRoleSchema } from "./definition.js";

/**
 * Schema for {@link PathwayChild}.
 *
 * @example
 * PathwayChildSchema.parse({ id: "c-1", birthDate: "2012-05-04" })
 * //=> { id: "c-1", birthDate: "2012-05-04" }
 */
export const PathwayChildSchema = z.strictObject({
  id: IdSchema,
  birthDate: CalendarDateSchema.optional(),
  nationalId: NationalIdSchema.optional(),
  lacksConsentCapacity: z.array(ConsentIncapacitySchema).optional(),
});

/**
 * The child or young person (barnet, den unge) a pathway case is about, by a pseudonymous id. The
 * birth date (recorded, or read from the national id) decides who may consent on a day: the
 * parents below 16, the young person from the 16th birthday. None of it appears in a finding.
 *
 * @example
 * const child: PathwayChild = { id: "c-1", birthDate: "2012-05-04" };
 */
export interface PathwayChild {
  /** A pseudonymous id: never a national id or a name. */
  id: string;
  /** The birth date (fødselsdato) (confidential). */
  birthDate?: CalendarDate | undefined;
  /** The national identity number (confidential); the birth date is read from it when not recorded. */
  nationalId?: NationalId | undefined;
  /** Recorded decisions that the young person lacks capacity to consent (pbrl § 4-3). */
  lacksConsentCapacity?: ConsentIncapacity[] | undefined;
}

/**
 * Schema for {@link PathwayStepConsent}.
 *
 * @example
 * PathwayStepConsentSchema.parse({ givenBy: "parent", givenOn: "2025-03-01" })
 * //=> { givenBy: "parent", givenOn: "2025-03-01" }
 */
export const PathwayStepConsentSchema = z.strictObject({
  givenBy: ConsentGiverSchema,
  givenOn: CalendarDateSchema,
  competentUnder16: z.boolean().optional(),
});

/**
 * The consent (samtykke) a step was done with: who gave it and when; `competentUnder16` when the
 * child under 16 consented in a matter that is theirs, as on an individual plan's consent.
 *
 * @example
 * const consent: PathwayStepConsent = { givenBy: "user", givenOn: "2025-03-01" };
 */
export interface PathwayStepConsent {
  /** Who consented: the young person (`user`), a `parent`, a `guardian` or a `representative`. */
  givenBy: ConsentGiver;
  /** The day the consent was given. */
  givenOn: CalendarDate;
  /** The child under 16 consented in a matter that is theirs. */
  competentUnder16?: boolean | undefined;
}

/**
 * Schema for {@link PathwayStepRecord}.
 *
 * @example
 * PathwayStepRecordSchema.safeParse({ stepId: "concern", doneOn: "2025-02-03", byRole: "family" }).success
 * //=> true
 */
export const PathwayStepRecordSchema = z.strictObject({
  stepId: IdSchema,
  doneOn: CalendarDateSchema,
  byRole: PathwayRoleSchema,
  consent: PathwayStepConsentSchema.optional(),
});

/**
 * A step done on a case (gjennomført steg): which step of the pathway, the day, the role that did
 * it and the consent it was done with.
 *
 * @example
 * const done: PathwayStepRecord = { stepId: "family-meeting", doneOn: "2025-03-10", byRole: "municipal-services",
 *   consent: { givenBy: "parent", givenOn: "2025-03-01" } };
 */
export interface PathwayStepRecord {
  /** The step's id in the pathway. */
  stepId: string;
  /** The day the step was done. */
  doneOn: CalendarDate;
  /** The role that did it. */
  byRole: PathwayRole;
  /** The consent it was done with. */
  consent?: PathwayStepConsent | undefined;
}

/**
 * Schema for {@link PathwayResponsible}.
 *
 * @example
 * PathwayResponsibleSchema.parse({ role: "bup", id: "bup-molde" })
 * //=> { role: "bup", id: "bup-molde" }
 */
export const PathwayResponsibleSchema = z.strictObject({ role: PathwayRoleSchema, id: IdSchema });

/**
 * Who is responsible (ansvarlig) for a role on the case: a pseudonymous id of a person or unit.
 *
 * @example
 * const responsible: PathwayResponsible = { role: "municipal-services", id: "helsestasjon-1" };
 */
export interface PathwayResponsible {
  /** The role. */
  role: PathwayRole;
  /** A pseudonymous id of the person or unit: never a name. */
  id: string;
}

/**
 * Schema for {@link PathwayCaseStatus}.
 *
 * @example
 * PathwayCaseStatusSchema.options
 * //=> ["open", "closed"]
 */
export const PathwayCaseStatusSchema = z.enum(["open", "closed"]);

/**
 * Where a pathway case stands: `open` (i forløpet) or `closed` (avsluttet).
 *
 * @example
 * const status: PathwayCaseStatus = "open";
 */
export type PathwayCaseStatus = "open" | "closed";

const pathwayCaseShape = {
  kind: z.literal("pathway-case"),
  id: IdSchema,
  pathwayId: IdSchema,
  status: PathwayCaseStatusSchema,
  openedOn: CalendarDateSchema,
  closedOn: CalendarDateSchema.optional(),
  child: PathwayChildSchema,
  responsible: z.array(PathwayResponsibleSchema).optional(),
  steps: z.array(PathwayStepRecordSchema).optional(),
};

/**
 * Schema for {@link PathwayCase}. A case closed before it opened is `schema/invalid-range`.
 *
 * @example
 * PathwayCaseSchema.safeParse({
 *   kind: "pathway-case", id: "f-1", pathwayId: "children-coordinated-services", status: "open",
 *   openedOn: "2025-02-03", child: { id: "c-1" },
 * }).success
 * //=> true
 */
export const PathwayCaseSchema: NamedObjectSchema<typeof pathwayCaseShape, PathwayCase, PathwayCaseInput> = z
  .strictObject(pathwayCaseShape)
  .refine((c) => c.closedOn === undefined || c.closedOn >= c.openedOn, { params: INVALID_RANGE, path: ["closedOn"] });

/**
 * A child's case on a care pathway (forløp for et barn): the child, the pathway it follows, who is
 * responsible for each role, and the steps done, each with its day, role and consent.
 *
 * @example
 * const example: PathwayCase = {
 *   kind: "pathway-case", id: "f-2025-3", pathwayId: "children-coordinated-services", status: "open",
 *   openedOn: "2025-02-03", child: { id: "c-3", birthDate: "2013-06-20" },
 *   responsible: [{ role: "family", id: "fam-3" }, { role: "municipal-services", id: "hs-1" }],
 *   steps: [{ stepId: "concern", doneOn: "2025-02-03", byRole: "family" }],
 * };
 */
export interface PathwayCase {
  /** Tells the document apart from other kinds. */
  kind: "pathway-case";
  /** The case's id. */
  id: string;
  /** The pathway the case follows: a built-in one or one passed in `pathways`. */
  pathwayId: string;
  /** Open or closed. */
  status: PathwayCaseStatus;
  /** The day the case was opened. */
  openedOn: CalendarDate;
  /** The day the case was closed. */
  closedOn?: CalendarDate | undefined;
  /** The child or young person. */
  child: PathwayChild;
  /** Who is responsible for each role. */
  responsible?: PathwayResponsible[] | undefined;
  /** The steps done. */
  steps?: PathwayStepRecord[] | undefined;
}

/**
 * What {@link PathwayCaseSchema} accepts: a {@link PathwayCase} whose child's national id is a plain string.
 *
 * @example
 * const sent: PathwayCaseInput = {
 *   kind: "pathway-case", id: "f-1", pathwayId: "children-coordinated-services", status: "open",
 *   openedOn: "2025-02-03", child: { id: "c-1", nationalId: "15851012345" },
 * };
 */
export interface PathwayCaseInput extends Omit<PathwayCase, "child"> {
  /** The child, national id as sent. */
  child: Omit<PathwayChild, "nationalId"> & { nationalId?: string | undefined };
}
