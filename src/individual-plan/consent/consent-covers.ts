import { describeValue, requireOptions, resolveTodayOption } from "../../_lib/options.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { requireIndividualPlan } from "../_require-plan.js";
import type { PlanDateOptions } from "../options.js";
import type { PlanParticipant } from "../participant.js";
import type { IndividualPlan } from "../schema.js";
import { consentState, hasPurpose } from "./_state.js";
import { type ConsentSubject, consentStanding, consentSubject, type StandingFailure } from "./authority.js";
import type { PlanConsent } from "./schema.js";

/**
 * Why a participant may not see the plan's confidential parts:
 * - `unknown-participant`: no participant has the id;
 * - `ambiguous-participant`: two or more participants have the id, so it cannot be told who asks;
 * - `participant-left`: they left the plan before today;
 * - `no-consent`: no information-sharing consent names them or all;
 * - `consent-by-minor`: the best consent naming them was given by the user under 16 (and is not
 *   marked `competentUnder16`);
 * - `consent-by-parent-after-16`: it was given by a parent, and the user is 16 today (a parent's
 *   consent stops counting on the 16th birthday) or already was when it was given;
 * - `consent-by-user-lacking-capacity`: the user gave it while a lack of capacity is recorded, or
 *   one is recorded today;
 * - `consent-capacity-not-recorded`: a guardian or representative gave it for a user of 16 or
 *   more (or of unknown age) with no lack of capacity recorded;
 * - `consent-age-unknown`: a parent gave it and the user's birth date is not known;
 * - `consent-withdrawn`, `consent-expired` or `consent-not-yet-given`: it has ended or starts later.
 *
 * @example
 * const reason: ConsentCoverageFailure = "consent-by-parent-after-16";
 */
export type ConsentCoverageFailure =
  | "unknown-participant"
  | "ambiguous-participant"
  | "participant-left"
  | "no-consent"
  | "consent-by-minor"
  | "consent-by-parent-after-16"
  | "consent-by-user-lacking-capacity"
  | "consent-capacity-not-recorded"
  | "consent-age-unknown"
  | "consent-withdrawn"
  | "consent-expired"
  | "consent-not-yet-given";

/**
 * Whether a participant may see the plan's confidential parts (taushetsbelagte opplysninger):
 * covered as the user themself, covered by a consent (the first in the plan that covers), or not
 * covered and why.
 *
 * @example
 * const coverage: ConsentCoverage = { covered: true, by: "consent", consentId: "c-1" };
 */
export type ConsentCoverage =
  | { readonly covered: true; readonly by: "user" }
  | { readonly covered: true; readonly by: "consent"; readonly consentId: string }
  | { readonly covered: false; readonly reason: ConsentCoverageFailure };

type Outcome = "covered" | StandingFailure | "consent-withdrawn" | "consent-expired" | "consent-not-yet-given";
interface Best {
  readonly outcome: Outcome;
  readonly consentId: string;
  /** The consent's place in the plan: of two equal outcomes, the first consent wins. */
  readonly order: number;
}
// Of the consents naming a participant, the one that covers wins; else the reason closest to covering.
const RANK: Readonly<Record<Outcome, number>> = {
  covered: 9,
  "consent-by-parent-after-16": 8,
  "consent-by-minor": 7,
  "consent-by-user-lacking-capacity": 6,
  "consent-capacity-not-recorded": 5,
  "consent-age-unknown": 4,
  "consent-withdrawn": 2,
  "consent-expired": 1,
  "consent-not-yet-given": 0,
};

function better(current: Best | undefined, next: Best | undefined): Best | undefined {
  if (current === undefined || next === undefined) return current ?? next;
  const rank = RANK[next.outcome] - RANK[current.outcome];
  return rank > 0 || (rank === 0 && next.order < current.order) ? next : current;
}

/** How one consent stands for sharing today. */
function outcomeOf(consent: PlanConsent, subject: ConsentSubject, today: CalendarDate): Outcome {
  const state = consentState(consent, today);
  if (state !== "holds") return `consent-${state}`;
  const standing = consentStanding(consent, subject, today);
  return standing.entitled ? "covered" : standing.failure;
}

/**
 * Builds the coverage of every participant in one pass over the consents and participants, so a
 * check over all participants stays linear.
 */
export function coverageIndex(plan: IndividualPlan, today: CalendarDate): (participantId: string) => ConsentCoverage {
  const subject = consentSubject(plan.user);
  let forAll: Best | undefined;
  const named = new Map<string, Best>();
  for (const [order, consent] of (plan.consents ?? []).entries()) {
    if (!hasPurpose(consent, "information-sharing") || consent.sharesWith === undefined) continue;
    const best = { outcome: outcomeOf(consent, subject, today), consentId: consent.id, order };
    if (consent.sharesWith === "all") forAll = better(forAll, best);
    else for (const id of consent.sharesWith) named.set(id, better(named.get(id), best) ?? best);
  }
  const participants = new Map<string, PlanParticipant | "ambiguous">();
  for (const p of plan.participants ?? []) participants.set(p.id, participants.has(p.id) ? "ambiguous" : p);

  return (participantId) => {
    const participant = participants.get(participantId);
    if (participant === undefined) return { covered: false, reason: "unknown-participant" };
    if (participant === "ambiguous") return { covered: false, reason: "ambiguous-participant" };
    if (participant.role === "user") return { covered: true, by: "user" };
    if (participant.leftOn !== undefined && participant.leftOn < today) return { covered: false, reason: "participant-left" };
    const best = better(named.get(participantId), forAll);
    if (best === undefined) return { covered: false, reason: "no-consent" };
    return best.outcome === "covered"
      ? { covered: true, by: "consent", consentId: best.consentId }
      : { covered: false, reason: best.outcome };
  };
}

/**
 * Tells whether a participant may see the plan's confidential parts under its consents (samtykke
 * til å dele taushetsbelagte opplysninger), and why not. The user always may. Anyone else needs an
 * information-sharing consent that holds today, names them or `"all"`, and was given by someone
 * who may consent for the user both on the day it was given and today (see `whoMayConsent`):
 * a consent the user gave under 16 does not count, nor a parent's from the user's 16th birthday,
 * nor a parent's when the user's birth date is unknown, nor a guardian's or representative's for a
 * user of 16 or more without a recorded lack of capacity. Someone who left the plan is not
 * covered, and neither is an id that no participant, or more than one, has.
 *
 * @param plan - The individual plan.
 * @param participantId - The id of a participant of the plan.
 * @param options - `today`.
 * @returns `{ covered: true, by: "user" }`, `{ covered: true, by: "consent", consentId }`, or
 *   `{ covered: false, reason }` with a {@link ConsentCoverageFailure}.
 * @throws TypeError when `options` is not an object, `today` is missing, `plan` is not an individual
 *   plan or `participantId` is not a string; RangeError when `today` is not a valid date.
 *
 * @example
 * const plan = IndividualPlanSchema.parse({
 *   kind: "individual-plan", id: "ip-1", status: "active", user: { birthDate: "1990-05-15" },
 *   participants: [{ id: "p-user", role: "user" }, { id: "p-nav", role: "service-provider" }],
 *   consents: [{ id: "c-1", purposes: ["plan", "information-sharing"], sharesWith: ["p-nav"],
 *     givenBy: "user", givenOn: "2025-01-10", validUntil: "2025-12-31" }],
 * });
 * consentCovers(plan, "p-nav", { today: "2025-10-01" })
 * //=> { covered: true, by: "consent", consentId: "c-1" }
 * consentCovers(plan, "p-nav", { today: "2026-01-01" })
 * //=> { covered: false, reason: "consent-expired" }
 *
 * const teen = IndividualPlanSchema.parse({
 *   kind: "individual-plan", id: "ip-2", status: "active", user: { birthDate: "2009-10-01" },
 *   participants: [{ id: "p-user", role: "user" }, { id: "p-nav", role: "service-provider" }],
 *   consents: [{ id: "c-1", purposes: ["plan", "information-sharing"], sharesWith: "all",
 *     givenBy: "parent", givenOn: "2025-01-10", validUntil: "2026-06-30" }],
 * });
 * consentCovers(teen, "p-nav", { today: "2025-09-30" })
 * //=> { covered: true, by: "consent", consentId: "c-1" }
 * consentCovers(teen, "p-nav", { today: "2025-10-01" })
 * //=> { covered: false, reason: "consent-by-parent-after-16" }
 */
export function consentCovers(plan: IndividualPlan, participantId: string, options: PlanDateOptions): ConsentCoverage {
  const today = planDayOption(options, "consentCovers");
  requireIndividualPlan(plan, "consentCovers");
  requireParticipantId(participantId, "consentCovers");
  return coverageIndex(plan, today)(participantId);
}

/**
 * Reads the `today` of {@link PlanDateOptions}; `fn` names the public function. Internal.
 *
 * @throws TypeError when `options` is not an object or `today` is missing; RangeError when it is no valid date.
 */
export function planDayOption(options: unknown, fn: string): CalendarDate {
  requireOptions(options, fn);
  return resolveTodayOption(options);
}

/** Asserts that a participant id is a string. Internal. */
export function requireParticipantId(participantId: unknown, fn: string): asserts participantId is string {
  if (typeof participantId !== "string") {
    throw new TypeError(`${fn}: participantId must be a string, got ${describeValue(participantId)}`);
  }
}
