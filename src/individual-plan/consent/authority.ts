import { requireDocument } from "../../_lib/documents.js";
import { requireOptions, resolveTodayOption } from "../../_lib/options.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { wholeYears } from "../../core/identifiers/age.js";
import { userBirthDate } from "../_user.js";
import type { PlanDateOptions } from "../options.js";
import { type ConsentIncapacity, type PlanUser, PlanUserSchema } from "../participant.js";
import type { ConsentGiver, PlanConsent } from "./schema.js";

/**
 * Why {@link whoMayConsent} answers as it does on a day: `under-16` (the user is under 16),
 * `lacks-capacity` (16 or older, or of unknown age, with a recorded lack of capacity that day),
 * `from-16` (16 or older) or `age-unknown` (no birth date, recorded or in the national id).
 *
 * @example
 * const basis: ConsentAuthorityBasis = "under-16";
 */
export type ConsentAuthorityBasis = "under-16" | "lacks-capacity" | "from-16" | "age-unknown";

/**
 * Who may consent for the user on a day (samtykkekompetanse), and why.
 *
 * @example
 * const authority: ConsentAuthority = { givers: ["parent", "guardian", "representative"], basis: "under-16" };
 */
export interface ConsentAuthority {
  /**
   * Who may give a consent that counts. Under 16 the user's own consent also counts when the
   * consent is marked `competentUnder16`.
   */
  readonly givers: readonly ConsentGiver[];
  /** Why. */
  readonly basis: ConsentAuthorityBasis;
}

/** What the consent rules need to know about the user: worked out once per check. */
export interface ConsentSubject {
  readonly birthDate: CalendarDate | undefined;
  readonly incapacity: readonly ConsentIncapacity[];
}

/** The facts of a user that decide who may consent for them. */
export function consentSubject(user: PlanUser): ConsentSubject {
  return { birthDate: userBirthDate(user), incapacity: user.lacksConsentCapacity ?? [] };
}

const ON_BEHALF: readonly ConsentGiver[] = ["parent", "guardian", "representative"];
const UNDER_16: ConsentAuthority = { givers: ON_BEHALF, basis: "under-16" };
const MINOR_LACKING: ConsentAuthority = { givers: ON_BEHALF, basis: "lacks-capacity" };
const ADULT_LACKING: ConsentAuthority = { givers: ["guardian", "representative"], basis: "lacks-capacity" };
const FROM_16: ConsentAuthority = { givers: ["user"], basis: "from-16" };
const AGE_UNKNOWN: ConsentAuthority = { givers: ["user"], basis: "age-unknown" };

/** The user's age on a day: -1 before birth, `undefined` when the birth date is unknown. */
function ageOnDay(birthDate: CalendarDate | undefined, day: CalendarDate): number | undefined {
  if (birthDate === undefined) return undefined;
  // Both are schema-checked ISO dates (a birth date, a consent's date or today).
  return day < birthDate ? -1 : wholeYears(birthDate, day);
}

function lacksCapacityOn(subject: ConsentSubject, day: CalendarDate): boolean {
  return subject.incapacity.some((r) => r.from <= day && (r.to === undefined || day <= r.to));
}

/** The one answer to who may consent on a day, used by every consent rule, `consentCovers` and `sharePlanWith`. */
export function authorityOn(subject: ConsentSubject, day: CalendarDate): ConsentAuthority {
  const age = ageOnDay(subject.birthDate, day);
  if (age !== undefined && age < 16) return UNDER_16;
  const lacking = lacksCapacityOn(subject, day);
  // With the age unknown, a parent cannot be shown to still hold the right: only a guardian or representative.
  if (lacking) return age !== undefined && age < 18 ? MINOR_LACKING : ADULT_LACKING;
  return age === undefined ? AGE_UNKNOWN : FROM_16;
}

/**
 * Why a consent does not count, as the reason {@link consentCovers} gives:
 * `consent-by-minor`, `consent-by-parent-after-16`, `consent-by-user-lacking-capacity`,
 * `consent-capacity-not-recorded` (a guardian or representative, with no lack of capacity recorded)
 * or `consent-age-unknown` (a parent, with the user's age unknown).
 */
export type StandingFailure =
  | "consent-by-minor"
  | "consent-by-parent-after-16"
  | "consent-by-user-lacking-capacity"
  | "consent-capacity-not-recorded"
  | "consent-age-unknown";

/** Whether a consent's giver may consent for the user: on the day it was given, and on the day asked. */
export type ConsentStanding =
  | { readonly entitled: true }
  | { readonly entitled: false; readonly when: "given" | "today"; readonly failure: StandingFailure };

/** The parts of a consent that decide whether its giver may consent: who gave it, when, and for a minor whether the matter is theirs. */
export type ConsentGiving = Pick<PlanConsent, "givenBy" | "givenOn" | "competentUnder16">;

function failureOn(consent: ConsentGiving, subject: ConsentSubject, day: CalendarDate): StandingFailure | undefined {
  const authority = authorityOn(subject, day);
  const giver = consent.givenBy;
  if (authority.givers.includes(giver)) return undefined;
  if (giver === "user") {
    if (authority.basis !== "under-16") return "consent-by-user-lacking-capacity";
    if (consent.competentUnder16 !== true) return "consent-by-minor";
    return lacksCapacityOn(subject, day) ? "consent-by-user-lacking-capacity" : undefined;
  }
  if (giver !== "parent") return "consent-capacity-not-recorded";
  return subject.birthDate === undefined ? "consent-age-unknown" : "consent-by-parent-after-16";
}

/**
 * Whether a consent's giver may consent for the user, both on the day it was given and on `day`.
 * A parent's consent given before the 16th birthday stops counting on it; a consent given by
 * someone not entitled that day never counts.
 */
export function consentStanding(consent: ConsentGiving, subject: ConsentSubject, day: CalendarDate): ConsentStanding {
  const given = failureOn(consent, subject, consent.givenOn);
  if (given !== undefined) return { entitled: false, when: "given", failure: given };
  if (day <= consent.givenOn) return { entitled: true };
  const now = failureOn(consent, subject, day);
  return now === undefined ? { entitled: true } : { entitled: false, when: "today", failure: now };
}

/**
 * Tells who may consent for the user on a day (hvem som har samtykkekompetanse, pbrl §§ 4-3 to
 * 4-5), from the user's age (birth date, or else the national id) and any recorded lack of
 * capacity:
 *
 * | the user on the day | may consent |
 * |---|---|
 * | under 16 | a parent, guardian or representative; the user too, on a consent marked `competentUnder16` |
 * | 16 or 17, lack of capacity recorded | a parent, guardian or representative |
 * | 18 or older, lack of capacity recorded | a guardian or representative |
 * | 16 or older | the user |
 * | age unknown, lack of capacity recorded | a guardian or representative |
 * | age unknown | the user |
 *
 * The 16th birthday counts as 16 (for one born on 29 February, 1 March in years without that day).
 * A consent counts on a day only when its giver may consent both on the day it was given and on
 * that day: a parent's consent stops counting on the 16th birthday.
 *
 * @param user - The plan's user.
 * @param options - `today`: the day to answer for.
 * @returns The {@link ConsentAuthority}: the givers, and why.
 * @throws TypeError when `options` is not an object, `today` is missing or `user` does not match
 *   {@link PlanUserSchema}; RangeError when `today` is not a valid date.
 *
 * @example
 * whoMayConsent({ birthDate: "2010-03-12" }, { today: "2026-03-11" })
 * //=> { givers: ["parent", "guardian", "representative"], basis: "under-16" }
 * whoMayConsent({ birthDate: "2010-03-12" }, { today: "2026-03-12" })
 * //=> { givers: ["user"], basis: "from-16" }
 */
export function whoMayConsent(user: PlanUser, options: PlanDateOptions): ConsentAuthority {
  requireOptions(options, "whoMayConsent");
  const today = resolveTodayOption(options);
  requireDocument(PlanUserSchema, user, { fn: "whoMayConsent", name: "user", label: "a plan's user (PlanUserSchema)" });
  const authority = authorityOn(consentSubject(user), today);
  return { givers: [...authority.givers], basis: authority.basis };
}
