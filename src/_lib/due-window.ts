// Internal, shared by the action-plan and milestones concepts: the "due soon" window from today.
import { addDays } from "date-fns";
import { type CalendarDate, fromDate, toDate } from "../core/dates/calendar-date.js";
import { ownOption, resolveTodayOption, resolveWindowDays } from "./options.js";

/** How far ahead "due soon" looks, in days, when the caller does not say. */
export const DEFAULT_DUE_SOON_DAYS = 30;

/** `today` and the last day that still counts as "due soon". */
export interface DueWindow {
  readonly today: CalendarDate;
  readonly until: CalendarDate;
}

/**
 * The due-soon window from the options' `today`, `name` days long (`dueSoonDays`, `withinDays`).
 * The options object itself is checked by the caller (`requireOptions`).
 *
 * @throws TypeError when `today` or the window is of the wrong type; RangeError when `today` is not a
 *   valid date or the window is not a whole number from 0 to `MAX_WINDOW_DAYS`.
 */
export function dueWindow(options: object, name: string, fallback: number = DEFAULT_DUE_SOON_DAYS): DueWindow {
  const day = resolveTodayOption(options);
  const days = resolveWindowDays(ownOption(options, name), name, fallback);
  return { today: day, until: fromDate(addDays(toDate(day), days)) };
}
