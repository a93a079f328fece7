// Internal, shared by the action-plan and milestones concepts: the "due soon" window from today.
import { addDays } from "date-fns";
import { type CalendarDate, fromDate, resolveToday, toDate } from "../core/dates/calendar-date.js";

/** How far ahead "due soon" looks, in days, when the caller does not say. */
export const DEFAULT_DUE_SOON_DAYS = 30;

/** `today` and the last day that still counts as "due soon". */
export interface DueWindow {
  readonly today: CalendarDate;
  readonly until: CalendarDate;
}

/**
 * The due-soon window from `today`.
 *
 * @throws RangeError when `today` is not a valid date or `days` is not a whole number from 0.
 */
export function dueWindow(today: string | Date, days: number = DEFAULT_DUE_SOON_DAYS): DueWindow {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be a whole number from 0, got ${String(days)}`);
  const day = resolveToday(today);
  return { today: day, until: fromDate(addDays(toDate(day), days)) };
}
