import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { isUnderAge } from "../_user.js";
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

/** Whether the user gave the consent themselves while under 16 (health-law age of majority). */
export function isGivenByMinor(consent: PlanConsent, birthDate: CalendarDate | undefined): boolean {
  return consent.givenBy === "user" && isUnderAge(birthDate, 16, consent.givenOn) === true;
}

/** The purposes someone has consented to on the user's behalf, in consents that hold today. */
export function onBehalfPurposes(consents: readonly PlanConsent[], today: CalendarDate): ReadonlySet<ConsentPurpose> {
  const purposes = new Set<ConsentPurpose>();
  for (const consent of consents) {
    if (consent.givenBy !== "user" && consentState(consent, today) === "holds") {
      for (const purpose of consent.purposes) purposes.add(purpose);
    }
  }
  return purposes;
}
