import { type CalendarDate, daysBetween } from "../core/dates/calendar-date.js";
import { endOfDeadline } from "../core/dates/deadline-end.js";
import { recurrenceStatus } from "../core/dates/recurrence.js";
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
 * A one-off deadline is overdue after its last day and due soon from today through `dueSoonDays`
 * ahead. A recurrence is overdue when its previous period had no day in `carriedOutOn`, and due soon
 * when its current period is not yet met and ends within the window; a period that ended before
 * `since` (see {@link measureSince}) is never missed, and one that ends before it is never due.
 */
export function measureDeadlineState(
  measure: PlanMeasure,
  today: CalendarDate,
  dueSoonDays: number,
  since?: CalendarDate,
): MeasureDeadlineState {
  const deadline = measure.deadline;
  if (deadline === undefined || !isOpenMeasure(measure)) return {};
  const soon = (due: CalendarDate): MeasureDeadlineState["dueSoon"] => {
    const days = daysBetween(today, due);
    return days >= 0 && days <= dueSoonDays ? { due, days } : undefined;
  };
  if (deadline.kind !== "recurrence") {
    const end = endOfDeadline(deadline);
    if (end < today) return { overdue: end };
    const dueSoon = soon(end);
    return dueSoon === undefined ? {} : { dueSoon };
  }
  const status = recurrenceStatus(deadline, { today, done: measure.carriedOutOn ?? [] });
  const counts = (end: CalendarDate): boolean => since === undefined || end >= since;
  const previous = status.previousPeriod;
  const overdue = previous !== undefined && !status.metPrevious && counts(previous.end) ? previous.end : undefined;
  const dueSoon = status.metCurrent || !counts(status.currentPeriod.end) ? undefined : soon(status.currentPeriod.end);
  return { ...(overdue === undefined ? {} : { overdue }), ...(dueSoon === undefined ? {} : { dueSoon }) };
}
