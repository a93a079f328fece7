import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type MunicipalityNumber, MunicipalityNumberSchema } from "../core/identifiers/municipality-number.js";
import { type PracticeAnswers, PracticeAnswersSchema } from "./practice-schema.js";
import type { CategoryScheme } from "./schemes.js";

/**
 * Schema for a profession (yrkesgruppe) that full-time equivalents are reported by: nurse
 * (sykepleier), social educator (vernepleier), social worker (sosionom), child-welfare educator
 * (barnevernspedagog), psychologist (psykolog), physician (lege), occupational therapist
 * (ergoterapeut), physiotherapist (fysioterapeut), teacher (pedagog), health worker
 * (helsefagarbeider, hjelpepleier), peer worker (erfaringskonsulent), other with higher education
 * (annen høyere utdanning) and other (andre). `ProfessionSchema.options` lists them in this order.
 *
 * @example
 * ProfessionSchema.safeParse("social-educator").success
 * //=> true
 */
export const ProfessionSchema = z.enum([
  "nurse",
  "social-educator",
  "social-worker",
  "child-welfare-educator",
  "psychologist",
  "physician",
  "occupational-therapist",
  "physiotherapist",
  "teacher",
  "health-worker",
  "peer-worker",
  "other-higher-education",
  "other",
]);

/**
 * A profession (yrkesgruppe) in the yearly report.
 *
 * @example
 * const profession: Profession = "nurse";
 */
export type Profession =
  | "nurse"
  | "social-educator"
  | "social-worker"
  | "child-welfare-educator"
  | "psychologist"
  | "physician"
  | "occupational-therapist"
  | "physiotherapist"
  | "teacher"
  | "health-worker"
  | "peer-worker"
  | "other-higher-education"
  | "other";

/**
 * Schema for an education level (utdanningsnivå): no relevant health or social education (uten
 * helse- og sosialfaglig utdanning), upper secondary (videregående nivå), bachelor (høgskole),
 * bachelor with further education in mental health or substance-use work (videreutdanning), and
 * master or higher (master). `EducationLevelSchema.options` lists them in this order.
 *
 * @example
 * EducationLevelSchema.safeParse("further-education").success
 * //=> true
 */
export const EducationLevelSchema = z.enum([
  "no-relevant-education",
  "upper-secondary",
  "bachelor",
  "further-education",
  "master",
]);

/**
 * An education level (utdanningsnivå) in the yearly report.
 *
 * @example
 * const level: EducationLevel = "master";
 */
export type EducationLevel = "no-relevant-education" | "upper-secondary" | "bachelor" | "further-education" | "master";

/**
 * Schema for a user age group (aldersgruppe), in years: `0-12`, `13-17`, `18-24`, `25-66`, `67+`.
 *
 * @example
 * UserAgeGroupSchema.safeParse("13-17").success
 * //=> true
 */
export const UserAgeGroupSchema = z.enum(["0-12", "13-17", "18-24", "25-66", "67+"]);

/**
 * A user age group (aldersgruppe) in the yearly report.
 *
 * @example
 * const group: UserAgeGroup = "67+";
 */
export type UserAgeGroup = "0-12" | "13-17" | "18-24" | "25-66" | "67+";

/**
 * Schema for the full-time equivalents (årsverk) of one service group (adults, or children and
 * young people), broken down by profession and by education level. Both breakdowns count the same
 * FTEs, so they add up to the same sum; `total` is the total as the form reports it, when it does.
 * Negative values pass the schema and are flagged by {@link checkMunicipalReport}.
 *
 * @example
 * FullTimeEquivalentBreakdownSchema.safeParse({
 *   total: 3.5,
 *   byProfession: { nurse: 2, "social-worker": 1.5 },
 *   byEducation: { bachelor: 1.5, "further-education": 2 },
 * }).success
 * //=> true
 */
export const FullTimeEquivalentBreakdownSchema = z.strictObject({
  total: z.number().optional(),
  provenance: z.enum(["reported", "carried-forward", "prefilled-confirmed"]).optional(),
  changeNotReal: z.boolean().optional(),
  byProfession: z.partialRecord(ProfessionSchema, z.number()),
  byEducation: z.partialRecord(EducationLevelSchema, z.number()),
});

/**
 * Full-time equivalents (årsverk) of one service group, by profession and by education level.
 *
 * @example
 * const adults: FullTimeEquivalentBreakdown = { byProfession: { nurse: 2 }, byEducation: { bachelor: 2 } };
 */
export interface FullTimeEquivalentBreakdown {
  /** The total as the form reports it, when it does. */
  total?: number | undefined;
  /**
   * Where the figures come from: reported (the default), carried forward from the previous year for
   * a municipality that did not report (videreført), or pre-filled and confirmed.
   */
  provenance?: "reported" | "carried-forward" | "prefilled-confirmed" | undefined;
  /** The municipality's flag that a change comes from a new estimation method, not a real change. */
  changeNotReal?: boolean | undefined;
  /** FTEs by profession (yrkesgruppe). */
  byProfession: Partial<Record<Profession, number>>;
  /** FTEs by education level (utdanningsnivå). */
  byEducation: Partial<Record<EducationLevel, number>>;
}

/**
 * Schema for the users (brukere) the services had in the year: counts by age group and, when the
 * form asks for it, the total.
 *
 * @example
 * UserCountsSchema.safeParse({ total: 40, byAgeGroup: { "18-24": 10, "25-66": 30 } }).success
 * //=> true
 */
export const UserCountsSchema = z.strictObject({
  total: z.int().optional(),
  byAgeGroup: z.partialRecord(UserAgeGroupSchema, z.int()),
});

/**
 * Users (brukere) by age group, with the reported total.
 *
 * @example
 * const users: UserCounts = { byAgeGroup: { "0-12": 4, "13-17": 9 } };
 */
export interface UserCounts {
  /** The total, when the form asks for it. */
  total?: number | undefined;
  /** Users by age group (aldersgruppe). */
  byAgeGroup: Partial<Record<UserAgeGroup, number>>;
}

// The shape is kept apart so the schema's declared type can name it.
const municipalReportShape = {
  kind: z.literal("municipal-report"),
  year: z.int().min(1990).max(2100),
  municipalityNumber: MunicipalityNumberSchema,
  district: z.string().regex(/^\d{6}$/).optional(),
  scheme: z.enum(["before-2015", "2015-2023", "2024", "2025-split"]).optional(),
  fullTimeEquivalents: z.strictObject({
    adults: FullTimeEquivalentBreakdownSchema,
    childrenAndYoungPeople: FullTimeEquivalentBreakdownSchema,
  }),
  users: UserCountsSchema,
  practice: PracticeAnswersSchema,
};

/**
 * Schema for a municipality's yearly report (kommunal årsrapportering, IS-24/8) on its mental-health
 * and substance-use work: the year, the municipality number, full-time equivalents (årsverk) for
 * adults and for children and young people, users by age group and practice answers. Only the
 * shape is checked here; {@link checkMunicipalReport} checks values, sums and the municipality list.
 *
 * @example
 * MunicipalReportSchema.safeParse({ kind: "municipal-report", year: 2024 }).success
 * //=> false
 */
export const MunicipalReportSchema: NamedObjectSchema<typeof municipalReportShape, MunicipalReport, MunicipalReport> =
  z.strictObject(municipalReportShape);

/**
 * A municipality's yearly report (kommunal årsrapportering) on mental-health and substance-use work.
 *
 * @example
 * const report: MunicipalReport = {
 *   kind: "municipal-report",
 *   year: 2024,
 *   municipalityNumber: "1525",
 *   fullTimeEquivalents: {
 *     adults: { total: 6, byProfession: { nurse: 4, "social-worker": 2 }, byEducation: { "further-education": 6 } },
 *     childrenAndYoungPeople: { byProfession: { psychologist: 1 }, byEducation: { master: 1 } },
 *   },
 *   users: { total: 50, byAgeGroup: { "13-17": 8, "18-24": 12, "25-66": 30 } },
 *   practice: {
 *     individualPlans: { extent: "to-some-extent", users: 11 },
 *     coordinators: { extent: "to-a-large-extent", users: 14 },
 *     responsibilityGroups: { extent: "to-a-large-extent", users: 16 },
 *     voluntaryOrganisations: { hasAgreements: "yes", agreements: 1 },
 *   },
 * };
 */
export interface MunicipalReport {
  /** Tells the document apart from other kinds. */
  kind: "municipal-report";
  /** The year reported on (rapporteringsår), 1990 to 2100. */
  year: number;
  /** The municipality number (kommunenummer). */
  municipalityNumber: MunicipalityNumber;
  /**
   * The city district (bydel) the report is for, 6 digits (`"030101"` Gamle Oslo): IS-24/8 goes to
   * every municipality and city district, and Oslo is split between health trusts by district.
   */
  district?: string | undefined;
  /**
   * The category scheme (kategorisett) of the form the figures were reported in; inferred from the
   * year ({@link schemeOf}) when absent. `reporting/scheme-conflicts-with-year` when it is not the year's.
   */
  scheme?: CategoryScheme | undefined;
  /** Full-time equivalents (årsverk) for adults and for children and young people. */
  fullTimeEquivalents: {
    adults: FullTimeEquivalentBreakdown;
    childrenAndYoungPeople: FullTimeEquivalentBreakdown;
  };
  /** Users (brukere) by age group. */
  users: UserCounts;
  /** The practice answers (praksis). */
  practice: PracticeAnswers;
}
