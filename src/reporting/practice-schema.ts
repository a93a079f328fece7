import * as z from "zod";

/**
 * Schema for how far a practice is in use (i hvilken grad): to a large extent (i stor grad), to
 * some extent (i noen grad), to a small extent (i liten grad), not at all (ikke i det hele tatt),
 * don't know (vet ikke).
 *
 * @example
 * PracticeExtentSchema.safeParse("to-some-extent").success
 * //=> true
 */
export const PracticeExtentSchema = z.enum([
  "to-a-large-extent",
  "to-some-extent",
  "to-a-small-extent",
  "not-at-all",
  "dont-know",
]);

/**
 * How far a practice is in use (i hvilken grad).
 *
 * @example
 * const extent: PracticeExtent = "to-a-large-extent";
 */
export type PracticeExtent = "to-a-large-extent" | "to-some-extent" | "to-a-small-extent" | "not-at-all" | "dont-know";

/**
 * Schema for the answer on one practice (individual plans, coordinators, responsibility groups):
 * how far it is used, and how many users had it in the year, when known.
 *
 * @example
 * PracticeUseSchema.safeParse({ extent: "to-some-extent", users: 12 }).success
 * //=> true
 */
export const PracticeUseSchema = z.strictObject({
  extent: PracticeExtentSchema,
  users: z.int().optional(),
});

/**
 * The answer on one practice: its extent and the number of users who had it.
 *
 * @example
 * const plans: PracticeUse = { extent: "to-a-large-extent", users: 18 };
 */
export interface PracticeUse {
  /** How far the practice is used (i hvilken grad). */
  extent: PracticeExtent;
  /** How many users had it in the year, when known. */
  users?: number | undefined;
}

/**
 * Schema for the practice answers (praksis) of the report: use of individual plans (individuell
 * plan), coordinators (koordinator) and responsibility groups (ansvarsgrupper), and whether the
 * municipality has binding cooperation agreements with voluntary organisations (forpliktende
 * samarbeidsavtaler med frivillige organisasjoner), with their number when known.
 *
 * @example
 * PracticeAnswersSchema.safeParse({
 *   individualPlans: { extent: "to-some-extent", users: 12 },
 *   coordinators: { extent: "to-a-large-extent" },
 *   responsibilityGroups: { extent: "to-a-large-extent", users: 20 },
 *   voluntaryOrganisations: { hasAgreements: "yes", agreements: 2 },
 * }).success
 * //=> true
 */
export const PracticeAnswersSchema = z.strictObject({
  individualPlans: PracticeUseSchema,
  coordinators: PracticeUseSchema,
  responsibilityGroups: PracticeUseSchema,
  voluntaryOrganisations: z.strictObject({
    hasAgreements: z.enum(["yes", "no", "dont-know"]),
    agreements: z.int().optional(),
  }),
});

/**
 * The practice answers (praksis) of a yearly report.
 *
 * @example
 * const practice: PracticeAnswers = {
 *   individualPlans: { extent: "to-some-extent" },
 *   coordinators: { extent: "to-some-extent" },
 *   responsibilityGroups: { extent: "to-a-large-extent" },
 *   voluntaryOrganisations: { hasAgreements: "no" },
 * };
 */
export interface PracticeAnswers {
  /** Use of individual plans (individuell plan). */
  individualPlans: PracticeUse;
  /** Use of coordinators (koordinator). */
  coordinators: PracticeUse;
  /** Use of responsibility groups (ansvarsgrupper). */
  responsibilityGroups: PracticeUse;
  /** Binding cooperation agreements with voluntary organisations (frivillige organisasjoner). */
  voluntaryOrganisations: {
    hasAgreements: "yes" | "no" | "dont-know";
    agreements?: number | undefined;
  };
}
