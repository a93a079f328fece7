// Internal: the one "due soon" window of every concept (individual plans, action plans, milestone
// schedules): one option name, one default, one bound.
import { type CalendarDate } from "../core/dates/calendar-date.js";
import { dateOfDay, dayNumber } from "../core/dates/day-number.js";
import { describeValue, ownOption, resolveTodayOption, resolveWindowDays } from "./options.js";

/** How far ahead "due soon" looks, in days, when the caller does not say: one default for every concept. */
export const DEFAULT_DUE_SOON_DAYS = 14;

/** The option name of the window. */
export const DUE_SOON_OPTION = "dueSoonDays";

/** The old name of the window (action-plan and milestone progress), accepted for one minor version. */
export const DEPRECATED_WINDOW_OPTION = "withinDays";

/** `today` and the last day that still counts as "due soon". */
export interface DueWindow {
  readonly today: CalendarDate;
  readonly until: CalendarDate;
  /** The window's length in days: `until` is this many days after `today`. */
  readonly dueSoonDays: number;
  /** `today` as a day number (days since 1970-01-01). */
  readonly todayDay: number;
}

/**
 * Reads the due-soon window from an options object: `dueSoonDays`, or the deprecated `withinDays`;
 * {@link DEFAULT_DUE_SOON_DAYS} when neither is given. `fn` names the function in the messages.
 *
 * @throws TypeError when the window is not a number; RangeError when it is not a whole number from 0
 *   to `MAX_WINDOW_DAYS`, or when `dueSoonDays` and `withinDays` are both given and differ.
 */
export function resolveDueSoonDays(options: object, fn?: string): number {
  const prefix = fn === undefined ? "" : `${fn}: `;
  const current = ownOption(options, DUE_SOON_OPTION);
  const old = ownOption(options, DEPRECATED_WINDOW_OPTION);
  if (old === undefined) return resolveWindowDays(current, `${prefix}${DUE_SOON_OPTION}`, DEFAULT_DUE_SOON_DAYS);
  const days = resolveWindowDays(old, `${prefix}${DEPRECATED_WINDOW_OPTION}`, DEFAULT_DUE_SOON_DAYS);
  if (current === undefined) return days;
  const given = resolveWindowDays(current, `${prefix}${DUE_SOON_OPTION}`, DEFAULT_DUE_SOON_DAYS);
  if (given !== days) {
    throw new RangeError(
      `${prefix}${DUE_SOON_OPTION} (${describeValue(current)}) and the deprecated ${DEPRECATED_WINDOW_OPTION} (${describeValue(old)}) differ; give ${DUE_SOON_OPTION} only`,
    );
  }
  return given;
}

/** The window from a `today` already read and a length already checked. */
export function windowOf(today: CalendarDate, dueSoonDays: number): DueWindow {
  const todayDay = dayNumber(today);
  return { today, until: dateOfDay(todayDay + dueSoonDays), dueSoonDays, todayDay };
}

/**
 * The due-soon window from the options' `today`. `name` is the window's option: `dueSoonDays` or
 * `withinDays` both read the one window ({@link resolveDueSoonDays}); any other name is read as a
 * window of its own, `fallback` days when left out (by default the one default). The options object
 * itself is checked by the caller (`requireOptions`).
 *
 * @throws TypeError when `today` or the window is of the wrong type; RangeError when `today` is not a
 *   valid date, the window is not a whole number from 0 to `MAX_WINDOW_DAYS`, or `dueSoonDays` and
 *   `withinDays` differ.
 */
export function dueWindow(options: object, name: string = DUE_SOON_OPTION, fallback: number = DEFAULT_DUE_SOON_DAYS, fn?: string): DueWindow {
  const today = resolveTodayOption(options);
  const days =
    name === DUE_SOON_OPTION || name === DEPRECATED_WINDOW_OPTION
      ? resolveDueSoonDays(options, fn)
      : resolveWindowDays(ownOption(options, name), name, fallback);
  return windowOf(today, days);
}
