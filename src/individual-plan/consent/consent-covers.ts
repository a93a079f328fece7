import { type CalendarDate, resolveToday } from "../../core/dates/calendar-date.js";
import { userBirthDate } from "../_user.js";
import type { PlanDateOptions } from "../options.js";
import type { PlanParticipant } from "../participant.js";
import type { IndividualPlan } from "../schema.js";
import { consentState, hasPurpose, isGivenByMinor } from "./_state.js";

/**
 * Why a participant may not see the plan's confidential parts:
 * `unknown-participant` (no participant has the id), `participant-left` (they left the plan before
 * today), `no-consent` (no information-sharing consent names them or all), `consent-by-minor` (the
 * only consent that would cover them was given by the user under 16), `consent-withdrawn`,
 * `consent-expired` or `consent-not-yet-given` (the best consent naming them has ended or starts later).
 *
 * @example
 * const reason: ConsentCoverageFailure = "consent-expired";
 */
export type ConsentCoverageFailure =
  | "unknown-participant"
  | "participant-left"
  | "no-consent"
  | "consent-by-minor"
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

type Outcome = "covered" | "consent-by-minor" | "consent-withdrawn" | "consent-expired" | "consent-not-yet-given";
interface Best {
  readonly outcome: Outcome;
  readonly consentId: string;
  /** The consent's place in the plan: of two equal outcomes, the first consent wins. */
  readonly order: number;
}
const RANK: Readonly<Record<Outcome, number>> = {
  covered: 4,
  "consent-by-minor": 3,
  "consent-withdrawn": 2,
  "consent-expired": 1,
  "consent-not-yet-given": 0,
};

function better(current: Best | undefined, next: Best | undefined): Best | undefined {
  if (current === undefined || next === undefined) return current ?? next;
  const rank = RANK[next.outcome] - RANK[current.outcome];
  return rank > 0 || (rank === 0 && next.order < current.order) ? next : current;
}

/**
 * Builds the coverage of every participant in one pass over the consents and participants, so a
 * check over all participants stays linear.
 */
export function coverageIndex(plan: IndividualPlan, today: CalendarDate): (participantId: string) => ConsentCoverage {
  const birthDate = userBirthDate(plan.user);
  let forAll: Best | undefined;
  const named = new Map<string, Best>();
  for (const [order, consent] of (plan.consents ?? []).entries()) {
    if (!hasPurpose(consent, "information-sharing") || consent.sharesWith === undefined) continue;
    const state = consentState(consent, today);
    const outcome: Outcome =
      state === "holds" ? (isGivenByMinor(consent, birthDate) ? "consent-by-minor" : "covered") : `consent-${state}`;
    const best = { outcome, consentId: consent.id, order };
    if (consent.sharesWith === "all") forAll = better(forAll, best);
    else for (const id of consent.sharesWith) named.set(id, better(named.get(id), best) ?? best);
  }
  const participants = new Map<string, PlanParticipant>();
  for (const p of plan.participants ?? []) if (!participants.has(p.id)) participants.set(p.id, p);

  return (participantId) => {
    const participant = participants.get(participantId);
    if (participant === undefined) return { covered: false, reason: "unknown-participant" };
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
 * information-sharing consent that holds today and names them or `"all"`; a consent the user gave
 * under 16 does not count, and someone who left the plan is not covered.
 *
 * @param plan - The individual plan.
 * @param participantId - The id of a participant of the plan.
 * @param options - `today`.
 * @returns `{ covered: true, by: "user" }`, `{ covered: true, by: "consent", consentId }`, or
 *   `{ covered: false, reason }` with a {@link ConsentCoverageFailure}.
 * @throws RangeError when `today` is not a valid date.
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
 */
export function consentCovers(plan: IndividualPlan, participantId: string, options: PlanDateOptions): ConsentCoverage {
  return coverageIndex(plan, resolveToday(options.today))(participantId);
}
