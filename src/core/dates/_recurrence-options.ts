/**
 * The door of the recurrence functions: the recurrence and every option are checked before any
 * period is worked out, so no input can make them loop or answer from garbage. Internal: not
 * exported from the package.
 *
 * @module
 */
import { describeValue, ownOption, requireOptions } from "../../_lib/options.js";
import { isCalendarDate, resolveToday } from "./calendar-date.js";
import type { Recurrence } from "./deadline.js";
import { dayNumber } from "./day-number.js";

/** The default of `maxMissed`: how many missed periods `recurrenceStatus` lists at most. */
export const DEFAULT_MAX_MISSED = 100;
/** The bound of `maxMissed`. */
export const MAX_MISSED_LIMIT = 10_000;

/** Options as day numbers, checked. */
export interface ResolvedRecurrenceOptions {
  readonly today: number;
  readonly done: readonly number[];
  readonly since: number | undefined;
  readonly maxMissed: number;
}

const LIMITS = { "times-per-year": 366, every: 520 } as const;
const TIMES_PER_LIMITS = { month: 28, quarter: 90, "half-year": 181 } as const;

/**
 * Checks a recurrence's shape and numbers, cheaply (no schema run on every call).
 *
 * @throws TypeError naming `recurrence` when it is not a {@link Recurrence} the schema would accept.
 */
export function requireRecurrence(recurrence: unknown, fn: string): asserts recurrence is Recurrence {
  if (!isRecurrence(recurrence)) {
    throw new TypeError(`${fn}: recurrence must be a Recurrence (RecurrenceSchema), got ${describeValue(recurrence)}`);
  }
}

function isRecurrence(value: unknown): value is Recurrence {
  if (value === null || typeof value !== "object") return false;
  const get = (name: string): unknown => ownOption(value, name);
  const whole = (name: string, min: number, max: number): boolean => {
    const n = get(name);
    return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
  };
  const starts = get("starts");
  if (get("kind") !== "recurrence" || (starts !== undefined && !isCalendarDate(starts))) return false;
  switch (get("frequency")) {
    case "times-per-year":
      return whole("times", 1, LIMITS["times-per-year"]);
    case "every":
      return whole("interval", 1, LIMITS.every) && (get("unit") === "week" || get("unit") === "month");
    case "times-per": {
      const per = get("per");
      return (per === "month" || per === "quarter" || per === "half-year") && whole("times", 1, TIMES_PER_LIMITS[per]);
    }
    case "yearly-by":
      return whole("month", 1, 12) && whole("day", 1, 31) && isCalendarDate(`2000-${pad(get("month"))}-${pad(get("day"))}`);
    default:
      return false;
  }
}

function pad(value: unknown): string {
  return String(value).padStart(2, "0");
}

/**
 * Reads `today`, `done`, `since` and `maxMissed`.
 *
 * @throws TypeError when `options` is not an object or `done` is not an array; RangeError naming the
 *   option when `today`, `since` or a day of `done` is not an ISO date, or `maxMissed` is not a whole
 *   number from 0 to {@link MAX_MISSED_LIMIT}.
 */
export function resolveRecurrenceOptions(options: unknown, fn: string): ResolvedRecurrenceOptions {
  requireOptions(options, fn);
  const today = dayNumber(resolveToday(ownOption(options, "today")));
  const doneOption = ownOption(options, "done");
  if (doneOption !== undefined && !Array.isArray(doneOption)) {
    throw new TypeError(`${fn}: options.done must be an array of ISO dates, got ${describeValue(doneOption)}`);
  }
  const done = (doneOption ?? []).map((day: unknown, index: number) => {
    if (!isCalendarDate(day)) throw new RangeError(`${fn}: options.done[${index}] must be an ISO date (YYYY-MM-DD), got ${describeValue(day)}`);
    return dayNumber(day);
  });
  const sinceOption = ownOption(options, "since");
  if (sinceOption !== undefined && !isCalendarDate(sinceOption)) {
    throw new RangeError(`${fn}: options.since must be an ISO date (YYYY-MM-DD), got ${describeValue(sinceOption)}`);
  }
  const maxMissed = ownOption(options, "maxMissed") ?? DEFAULT_MAX_MISSED;
  if (typeof maxMissed !== "number" || !Number.isInteger(maxMissed) || maxMissed < 0 || maxMissed > MAX_MISSED_LIMIT) {
    throw new RangeError(`${fn}: options.maxMissed must be a whole number from 0 to ${MAX_MISSED_LIMIT}, got ${describeValue(maxMissed)}`);
  }
  return { today, done, since: sinceOption === undefined ? undefined : dayNumber(sinceOption), maxMissed };
}
