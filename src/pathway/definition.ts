import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { IdSchema } from "../individual-plan/_schema-parts.js";

/**
 * Schema for {@link PathwayRole}.
 *
 * @example
 * PathwayRoleSchema.options
 * //=> ["family", "municipal-services", "bup", "habu"]
 */
export const PathwayRoleSchema = z.enum(["family", "municipal-services", "bup", "habu"]);

/**
 * Who carries a step of a pathway (rolle): the `family` (familien: the child and the parents), the
 * `municipal-services` (kommunale tjenester: health centre, school health service, PPT, child
 * welfare and the like), `bup` (psykisk helsevern for barn og unge) or `habu` (habilitering av barn og unge).
 *
 * @example
 * const role: PathwayRole = "bup";
 */
export type PathwayRole = "family" | "municipal-services" | "bup" | "habu";

/**
 * Schema for {@link PathwayStepType}.
 *
 * @example
 * PathwayStepTypeSchema.options
 * //=> ["task", "family-meeting", "referral"]
 */
export const PathwayStepTypeSchema = z.enum(["task", "family-meeting", "referral"]);

/**
 * What a step is: an ordinary `task` (oppgave), a `family-meeting` (familiemøte: the family, a
 * municipal professional and BUP meet) or a `referral` (henvisning) to the specialist services.
 *
 * @example
 * const type: PathwayStepType = "family-meeting";
 */
export type PathwayStepType = "task" | "family-meeting" | "referral";

/**
 * Schema for {@link PathwayLabel}.
 *
 * @example
 * PathwayLabelSchema.parse({ nb: "Familiemøte", nn: "Familiemøte", en: "Family meeting" }).en
 * //=> "Family meeting"
 */
export const PathwayLabelSchema = z.strictObject({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });

/**
 * The name of a pathway or a step (namn), in bokmål, nynorsk and English.
 *
 * @example
 * const label: PathwayLabel = { nb: "Henvisning til BUP", nn: "Tilvising til BUP", en: "Referral to BUP" };
 */
export interface PathwayLabel {
  /** Bokmål. */
  nb: string;
  /** Nynorsk. */
  nn: string;
  /** English. */
  en: string;
}

/**
 * Schema for {@link PathwayDeadline}.
 *
 * @example
 * PathwayDeadlineSchema.parse({ after: "concern", weeks: 4 })
 * //=> { after: "concern", weeks: 4 }
 */
export const PathwayDeadlineSchema = z.union([
  z.strictObject({ after: IdSchema, days: z.int().min(0).max(3660) }),
  z.strictObject({ after: IdSchema, weeks: z.int().min(0).max(520) }),
]);

/**
 * A step's deadline (frist) relative to a previous step: within `days` or `weeks` of the day that
 * step was done.
 *
 * @example
 * const deadline: PathwayDeadline = { after: "concern", weeks: 4 };
 */
export type PathwayDeadline = { after: string; days: number } | { after: string; weeks: number };

/**
 * Schema for {@link PathwayStep}.
 *
 * @example
 * PathwayStepSchema.safeParse({ id: "concern", role: "family", type: "task", label: { nb: "Bekymring", nn: "Uro", en: "Concern" } }).success
 * //=> true
 */
export const PathwayStepSchema = z.strictObject({
  id: IdSchema,
  role: PathwayRoleSchema,
  type: PathwayStepTypeSchema,
  referralTo: z.enum(["bup", "habu"]).optional(),
  label: PathwayLabelSchema,
  after: z.array(IdSchema).optional(),
  deadline: PathwayDeadlineSchema.optional(),
  needsConsent: z.boolean().optional(),
});

/**
 * One step of a pathway (steg i forløpet): its id, the role responsible, its type, where a referral
 * goes, its label in nb/nn/en, the steps that must come first (`after`, forutsetninger), an optional
 * deadline relative to a previous step, and whether it needs consent (samtykke), as sharing
 * information with BUP or HABU does.
 *
 * @example
 * const step: PathwayStep = {
 *   id: "family-meeting", role: "municipal-services", type: "family-meeting", after: ["municipal-assessment"],
 *   label: { nb: "Familiemøte", nn: "Familiemøte", en: "Family meeting" }, needsConsent: true,
 * };
 */
export interface PathwayStep {
  /** The step's id, unique in its pathway. */
  id: string;
  /** The role responsible for the step. */
  role: PathwayRole;
  /** What the step is. */
  type: PathwayStepType;
  /** Where a referral goes (BUP or HABU). */
  referralTo?: "bup" | "habu" | undefined;
  /** The step's name in bokmål, nynorsk and English. */
  label: PathwayLabel;
  /** The steps that must be done first (forutsetninger). */
  after?: string[] | undefined;
  /** The deadline relative to a previous step. */
  deadline?: PathwayDeadline | undefined;
  /** Whether the step may be done only with consent. */
  needsConsent?: boolean | undefined;
}

const pathwayDefinitionShape = {
  id: IdSchema,
  label: PathwayLabelSchema,
  steps: z.array(PathwayStepSchema).min(1),
};

/**
 * Schema for {@link PathwayDefinition}. The shape only: that every step id is unique, every
 * precondition and deadline names a step and the preconditions have no cycle is checked by
 * {@link validatePathwayDefinition}.
 *
 * @example
 * PathwayDefinitionSchema.safeParse(childrenPathway).success
 * //=> true
 */
export const PathwayDefinitionSchema: NamedObjectSchema<typeof pathwayDefinitionShape, PathwayDefinition, PathwayDefinition> =
  z.strictObject(pathwayDefinitionShape);

/**
 * A care pathway (forløp): the steps, who carries each, what must come first and the deadlines
 * between steps. {@link childrenPathway} is the built-in one.
 *
 * @example
 * const pathway: PathwayDefinition = {
 *   id: "mini", label: { nb: "Mini", nn: "Mini", en: "Mini" },
 *   steps: [{ id: "concern", role: "family", type: "task", label: { nb: "Bekymring", nn: "Uro", en: "Concern" } }],
 * };
 */
export interface PathwayDefinition {
  /** The pathway's id, which a case names. */
  id: string;
  /** The pathway's name in bokmål, nynorsk and English. */
  label: PathwayLabel;
  /** The steps, in the order they are usually taken. */
  steps: PathwayStep[];
}

/** The number of days a deadline gives. Internal. */
export function deadlineDays(deadline: PathwayDeadline): number {
  return "days" in deadline ? deadline.days : deadline.weeks * 7;
}
