// Internal: what the rules and listOpenCases read from a case, worked out the same way for both.
import { consentStanding } from "../individual-plan/consent/authority.js";
import { userBirthDate } from "../individual-plan/_user.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { addDays as addDaysToDate } from "../core/dates/day-number.js";
import type { FindingPath } from "../core/findings/types.js";
import type { CoordinationCase } from "./schema.js";
import type { CaseAppointment } from "./appointment.js";

/** A day `days` after a calendar date. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return addDaysToDate(date, days);
}

/** The later of two days. */
export function later(a: CalendarDate, b: CalendarDate | undefined): CalendarDate {
  return b !== undefined && b > a ? b : a;
}

/** A recorded date and where it is in the case. */
export interface DatedField {
  readonly date: CalendarDate;
  readonly path: FindingPath;
}

/**
 * Every date that records a step the unit took on the case after the notice: the consent step, the
 * offer and answer, appointments and their end, activities, the plan and the closing. Not the
 * notice itself, and not a training day (training is of the person, not work on the case).
 */
export function stepDates(c: CoordinationCase): DatedField[] {
  const fields: DatedField[] = [];
  const push = (date: CalendarDate | undefined, path: FindingPath): void => {
    if (date !== undefined) fields.push({ date, path });
  };
  const consent = c.consent;
  if (consent?.status === "pending") push(consent.askedOn, ["consent", "askedOn"]);
  if (consent?.status === "given") {
    push(consent.givenOn, ["consent", "givenOn"]);
    push(consent.withdrawnOn, ["consent", "withdrawnOn"]);
  }
  if (consent?.status === "declined") push(consent.declinedOn, ["consent", "declinedOn"]);
  push(c.offer?.offeredOn, ["offer", "offeredOn"]);
  push(c.offer?.answeredOn, ["offer", "answeredOn"]);
  for (const [i, a] of (c.appointments ?? []).entries()) {
    push(a.appointedOn, ["appointments", i, "appointedOn"]);
    push(a.endedOn, ["appointments", i, "endedOn"]);
  }
  for (const [i, a] of (c.activities ?? []).entries()) push(a.date, ["activities", i, "date"]);
  push(c.individualPlan?.madeOn, ["individualPlan", "madeOn"]);
  push(c.closedOn, ["closedOn"]);
  return fields;
}

/** Every date recorded in the case, with its path: the notice, the steps and training days. */
export function recordedDates(c: CoordinationCase): DatedField[] {
  const training = (c.appointments ?? []).flatMap((a, i): DatedField[] =>
    a.trainedOn === undefined ? [] : [{ date: a.trainedOn, path: ["appointments", i, "trainedOn"] }],
  );
  return [{ date: c.notice.receivedOn, path: ["notice", "receivedOn"] }, ...stepDates(c), ...training];
}

/** The first day, from the notice's day through today, that the unit took a step on the case. */
export function firstFollowUp(c: CoordinationCase, today: CalendarDate): CalendarDate | undefined {
  let first: CalendarDate | undefined;
  for (const { date } of stepDates(c)) {
    if (date >= c.notice.receivedOn && date <= today && (first === undefined || date < first)) first = date;
  }
  return first;
}

/** The last day, up to today, with any activity on the case; the notice's day when there is none. */
export function lastActivity(c: CoordinationCase, today: CalendarDate): CalendarDate {
  let last = c.notice.receivedOn;
  for (const { date } of stepDates(c)) if (date <= today && date > last) last = date;
  return last;
}

/**
 * Whether the case's consent holds on a day: given on or before it, not withdrawn by then, and given
 * by someone who may consent for the user both then and on that day (the same answer as for
 * individual plans: a parent's consent stops counting on the user's 16th birthday).
 */
export function consentHoldsOn(c: CoordinationCase, day: CalendarDate): boolean {
  const consent = c.consent;
  if (consent?.status !== "given" || consent.givenOn > day) return false;
  if (consent.withdrawnOn !== undefined && consent.withdrawnOn <= day) return false;
  return consentStanding(consent, { birthDate: userBirthDate(c.user), incapacity: c.user.lacksConsentCapacity ?? [] }, day).entitled;
}

/** The day consent was withdrawn, when that day is today or earlier. */
export function withdrawnBy(c: CoordinationCase, today: CalendarDate): CalendarDate | undefined {
  const consent = c.consent;
  return consent?.status === "given" && consent.withdrawnOn !== undefined && consent.withdrawnOn <= today ? consent.withdrawnOn : undefined;
}

/** Whether an appointment holds on a day: from `appointedOn` through `endedOn`, both included. */
export function appointmentHolds(appointment: CaseAppointment, day: CalendarDate): boolean {
  return appointment.appointedOn <= day && (appointment.endedOn === undefined || day <= appointment.endedOn);
}

/** The appointments that hold on a day, with their indexes, in case order. */
export function appointmentsOn(c: CoordinationCase, day: CalendarDate): { readonly appointment: CaseAppointment; readonly index: number }[] {
  return (c.appointments ?? []).flatMap((appointment, index) => (appointmentHolds(appointment, day) ? [{ appointment, index }] : []));
}

/**
 * The appointments made by today that run past a day (no end, or an end after it), with their
 * indexes: after consent is withdrawn, the appointment's last day is at the latest the withdrawal day.
 */
export function runsPast(c: CoordinationCase, day: CalendarDate, today: CalendarDate): { readonly appointment: CaseAppointment; readonly index: number }[] {
  return (c.appointments ?? []).flatMap((appointment, index) =>
    appointment.appointedOn <= today && (appointment.endedOn === undefined || appointment.endedOn > day) ? [{ appointment, index }] : [],
  );
}

/** Whether the person appointed has training on record on or before a day. */
export function isTrainedBy(appointment: CaseAppointment, day: CalendarDate): boolean {
  return appointment.trainedOn !== undefined && appointment.trainedOn <= day;
}
