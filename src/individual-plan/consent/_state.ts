import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { authorityOn, type ConsentSubject, consentStanding, type StandingFailure } from "./authority.js";
import type { ConsentPurpose, PlanConsent } from "./schema.js";

/** How a consent stands on a day. */
export type ConsentState = "holds" | "not-yet-given" | "withdrawn" | "expired";

/** A consent holds from `givenOn` through `validUntil`, and no longer from the day it is withdrawn. */
export function consentState(consent: PlanConsent, today: CalendarDate): ConsentState {
  if (consent.givenOn > today) return "not-yet-given";
  const { withdrawnOn, validUntil } = consent;
  const withdrawn = withdrawnOn !== undefined && withdrawnOn <= today;
  const expired = validUntil !== undefined && validUntil < today;
  // When both have happened, name what ended the consent first.
  if (withdrawn && expired) return withdrawnOn <= validUntil ? "withdrawn" : "expired";
  return withdrawn ? "withdrawn" : expired ? "expired" : "holds";
}

/** Whether a consent is to a purpose. */
export function hasPurpose(consent: PlanConsent, purpose: ConsentPurpose): boolean {
  return consent.purposes.includes(purpose);
}

/** Whether a consent counts today: it holds, and its giver may consent for the user then and now. */
export function consentCounts(consent: PlanConsent, subject: ConsentSubject, today: CalendarDate): boolean {
  return consentState(consent, today) === "holds" && consentStanding(consent, subject, today).entitled;
}

/**
 * The purposes someone has consented to on the user's behalf, in consents that hold today and
 * whose giver was entitled on the day they gave it (one that lapsed since is reported on its own).
 */
export function onBehalfPurposes(consents: readonly PlanConsent[], subject: ConsentSubject, today: CalendarDate): ReadonlySet<ConsentPurpose> {
  const purposes = new Set<ConsentPurpose>();
  for (const consent of consents) {
    if (consent.givenBy === "user" || consentState(consent, today) !== "holds") continue;
    const standing = consentStanding(consent, subject, today);
    if (standing.entitled || standing.when === "today") for (const purpose of consent.purposes) purposes.add(purpose);
  }
  return purposes;
}

/** Whether consents that count share with everyone a consent names (`"all"` needs a counting `"all"`). */
function sharingCovered(consent: PlanConsent, counting: readonly PlanConsent[]): boolean {
  const sharing = counting.filter((c) => hasPurpose(c, "information-sharing"));
  if (sharing.some((c) => c.sharesWith === "all")) return true;
  const wanted = consent.sharesWith ?? [];
  if (wanted === "all") return false;
  const named = new Set(sharing.flatMap((c) => (c.sharesWith === "all" ? [] : (c.sharesWith ?? []))));
  return wanted.every((id) => named.has(id));
}

/**
 * Whether the plan or its sharing rests on a consent: another consent that counts today does not
 * give each of its purposes (for sharing, to each participant it names).
 */
export function restsOn(consent: PlanConsent, consents: readonly PlanConsent[], subject: ConsentSubject, today: CalendarDate): boolean {
  const counting = consents.filter((c) => c !== consent && consentCounts(c, subject, today));
  if (hasPurpose(consent, "plan") && !counting.some((c) => hasPurpose(c, "plan"))) return true;
  return hasPurpose(consent, "information-sharing") && !sharingCovered(consent, counting);
}

/**
 * Which rule reports a consent whose giver may not consent: `minor` (`plan/consent-by-minor`, which
 * has its own test), `over-16` (a parent, the user already 16 when it was given), `ended-at-16` (a
 * parent, the user under 16 then and 16 today) or `not-entitled` (any other case).
 */
export type UnentitledKind = "minor" | "over-16" | "ended-at-16" | "not-entitled";

/** A consent that holds by its dates today, whose giver may not consent for the user, and that the plan rests on. */
export interface UnentitledConsent {
  readonly consent: PlanConsent;
  readonly index: number;
  readonly failure: StandingFailure;
  readonly kind: UnentitledKind;
}

function kindOf(consent: PlanConsent, when: "given" | "today", failure: StandingFailure, subject: ConsentSubject, today: CalendarDate): UnentitledKind {
  if (failure === "consent-by-minor") return "minor";
  if (failure !== "consent-by-parent-after-16") return "not-entitled";
  const then = authorityOn(subject, consent.givenOn).basis;
  if (when === "given") return then === "from-16" ? "over-16" : "not-entitled";
  return then === "under-16" && authorityOn(subject, today).basis === "from-16" ? "ended-at-16" : "not-entitled";
}

/** Every {@link UnentitledConsent} of a plan, in plan order. */
export function unentitledConsents(consents: readonly PlanConsent[], subject: ConsentSubject, today: CalendarDate): UnentitledConsent[] {
  const found: UnentitledConsent[] = [];
  for (const [index, consent] of consents.entries()) {
    if (consentState(consent, today) !== "holds") continue;
    const standing = consentStanding(consent, subject, today);
    if (standing.entitled || !restsOn(consent, consents, subject, today)) continue;
    const kind = kindOf(consent, standing.when, standing.failure, subject, today);
    found.push({ consent, index, failure: standing.failure, kind });
  }
  return found;
}
