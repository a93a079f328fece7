import type { CalendarDate } from "../core/dates/calendar-date.js";
import { dateOfDay, dayNumber } from "../core/dates/day-number.js";
import { deadlineDayState } from "../core/dates/_deadline-state.js";
import type { PlanMeasure } from "./measure.js";
import type { IndividualPlan } from "./schema.js";

/** Whether a measure is still open: neither done nor cancelled. */
export function isOpenMeasure(measure: PlanMeasure): boolean {
  return measure.status !== "done" && measure.status !== "cancelled";
}

/** Where an open measure's deadline stands today: the due date it missed, and the one coming soon. */
export interface MeasureDeadlineState {
  readonly overdue?: CalendarDate;
  readonly dueSoon?: { readonly due: CalendarDate; readonly days: number };
}

/**
 * The first day a measure's recurring periods count from, as action plans count from their start:
 * the measure's `startOn`, else the plan's `activatedOn`, else its `createdOn`.
 */
export function measureSince(plan: Pick<IndividualPlan, "activatedOn" | "createdOn">, measure: PlanMeasure): CalendarDate | undefined {
  return measure.startOn ?? plan.activatedOn ?? plan.createdOn;
}

/**
 * A measure's deadline by the one classifier ({@link deadlineDayState}): a one-off deadline is
 * overdue after its last day and due soon from today through `dueSoonDays` ahead. A recurrence is
 * overdue when its previous period had no day in `carriedOutOn`, and due soon when its current period
 * is not yet met and ends within the window (a met period asks nothing more of the measure, so a
 * weekly measure carried out this week is not flagged again); a period that ends before `since` (see
 * {@link measureSince}) is never missed and never due.
 */
export function measureDeadlineState(
  measure: PlanMeasure,
  today: CalendarDate,
  dueSoonDays: number,
  since?: CalendarDate,
): MeasureDeadlineState {
  return measureDeadlineOnDay(measure, dayNumber(today), dueSoonDays, since);
}

/** {@link measureDeadlineState} with today as a day number, read once for all of a plan's measures. */
export function measureDeadlineOnDay(measure: PlanMeasure, day: number, dueSoonDays: number, since?: CalendarDate): MeasureDeadlineState {
  const deadline = measure.deadline;
  if (deadline === undefined || !isOpenMeasure(measure)) return {};
  // A one-off measure is done by its status; days of work count only for a recurrence's periods.
  const done = deadline.kind === "recurrence" ? (measure.carriedOutOn ?? []).map(dayNumber) : false;
  const state = deadlineDayState(deadline, day, dueSoonDays, since === undefined ? undefined : dayNumber(since), done);
  return {
    ...(state.missed === undefined ? {} : { overdue: dateOfDay(state.missed) }),
    ...(state.dueSoon && state.recurrence?.metCurrent !== true ? { dueSoon: { due: dateOfDay(state.due), days: state.due - day } } : {}),
  };
}
