import * as z from "zod";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { addDays, appointmentsOn, isTrainedBy, lastActivity, later, runsPast, withdrawnBy } from "./_case.js";
import type { CaseDays } from "./options.js";
import type { CoordinationCase } from "./schema.js";
import type { CaseOffer } from "./steps.js";

/**
 * Schema for {@link CaseStep}.
 *
 * @example
 * CaseStepSchema.parse("appoint-coordinator")
 * //=> "appoint-coordinator"
 */
export const CaseStepSchema = z.enum([
  "clarify-consent",
  "make-offer",
  "await-answer",
  "offer-coordinator",
  "appoint-coordinator",
  "train-coordinator",
  "make-plan",
  "end-appointment",
  "close-case",
  "review-case",
]);

/**
 * The next step (neste steg) of an open case, in the order the unit works:
 * - `clarify-consent`: ask for consent (none recorded or still pending), or ask again when the user
 *   declined consent yet accepted a plan or coordinator;
 * - `make-offer`: offer a plan and a coordinator (also when consent was declined: a coordinator is
 *   offered even when a plan is not wanted);
 * - `await-answer`: an offer is unanswered;
 * - `offer-coordinator`: no coordinator was offered;
 * - `appoint-coordinator`: a coordinator was accepted, none holds today;
 * - `train-coordinator`: today's coordinator has no training on record;
 * - `make-plan`: a plan was accepted and none is linked;
 * - `end-appointment`: consent was withdrawn and an appointment still holds;
 * - `close-case`: nothing was accepted, or consent was withdrawn;
 * - `review-case`: coordination is in place; look at the case again.
 *
 * @example
 * const step: CaseStep = "make-plan";
 */
export type CaseStep =
  | "clarify-consent"
  | "make-offer"
  | "await-answer"
  | "offer-coordinator"
  | "appoint-coordinator"
  | "train-coordinator"
  | "make-plan"
  | "end-appointment"
  | "close-case"
  | "review-case";

/** A step and the last day it is due by. */
export interface NextStep {
  readonly step: CaseStep;
  readonly due: CalendarDate;
}

/** What the offer's answers point to next, once consent is settled and an offer made. */
function afterOffer(c: CoordinationCase, offer: CaseOffer, today: CalendarDate, days: CaseDays): NextStep {
  const answered = offer.answeredOn !== undefined && offer.answeredOn <= today ? offer.answeredOn : offer.offeredOn;
  const accepted = offer.plan === "accepted" || offer.coordinator === "accepted";
  if (offer.coordinator === "not-offered") return { step: "offer-coordinator", due: answered };
  if (offer.plan === "pending" || offer.coordinator === "pending") return { step: "await-answer", due: addDays(offer.offeredOn, days.stepDays) };
  if (accepted && c.consent?.status === "declined") return { step: "clarify-consent", due: addDays(answered, days.stepDays) };
  const current = appointmentsOn(c, today)[0]?.appointment;
  if (offer.coordinator === "accepted" && current === undefined) {
    const ended = (c.appointments ?? []).reduce<CalendarDate | undefined>((last, a) => (a.endedOn !== undefined && a.endedOn < today ? later(a.endedOn, last) : last), undefined);
    return { step: "appoint-coordinator", due: addDays(later(answered, ended), days.stepDays) };
  }
  if (current !== undefined && !isTrainedBy(current, today)) return { step: "train-coordinator", due: current.appointedOn };
  if (offer.plan === "accepted" && c.individualPlan === undefined) {
    return { step: "make-plan", due: addDays(later(answered, current?.appointedOn), days.stepDays) };
  }
  if (!accepted) return { step: "close-case", due: addDays(answered, days.stepDays) };
  return { step: "review-case", due: addDays(lastActivity(c, today), days.inactiveDays) };
}

/**
 * The next step of an open case on a day and the last day it is due by. The first follow-up is due
 * `followUpDays` after the notice; training is due by the appointment day (hol § 7-3: the unit trains
 * its coordinators); a missing coordinator offer is due with the offer; every other step is due
 * `stepDays` after the step before it; a review `inactiveDays` after the last activity.
 */
export function nextStep(c: CoordinationCase, today: CalendarDate, days: CaseDays): NextStep {
  const withdrawnOn = withdrawnBy(c, today);
  if (withdrawnOn !== undefined) {
    return runsPast(c, withdrawnOn, today).length > 0 ? { step: "end-appointment", due: withdrawnOn } : { step: "close-case", due: addDays(withdrawnOn, days.stepDays) };
  }
  const consent = c.consent;
  if (consent === undefined || consent.status === "pending") {
    return { step: "clarify-consent", due: addDays(c.notice.receivedOn, days.followUpDays) };
  }
  if (c.offer === undefined) {
    const decided = consent.status === "given" ? consent.givenOn : consent.declinedOn;
    return { step: "make-offer", due: addDays(later(c.notice.receivedOn, decided), days.stepDays) };
  }
  return afterOffer(c, c.offer, today, days);
}
