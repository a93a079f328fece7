import type { CalendarDate } from "./calendar-date.js";
import { type Deadline, type OneOffDeadline, pointEnd, pointStart } from "./deadline.js";

/**
 * The last day a one-off deadline allows: the day itself, a month's last day, 31 December of a
 * year, or the last day of a range's end.
 *
 * @param deadline - A deadline that is not a recurrence.
 * @returns The last allowed day as an ISO date.
 *
 * @example
 * deadlineEnd({ kind: "month", month: "2012-02" })
 * //=> "2012-02-29"
 * deadlineEnd({ kind: "year", year: 2013 })
 * //=> "2013-12-31"
 */
export function deadlineEnd(deadline: OneOffDeadline): CalendarDate {
  return deadline.kind === "range" ? pointEnd(deadline.to) : pointEnd(deadline);
}

/**
 * The first day a one-off deadline covers: the day itself, a month's first day, 1 January of a
 * year, or the first day of a range's start.
 *
 * @param deadline - A deadline that is not a recurrence.
 * @returns The first covered day as an ISO date.
 *
 * @example
 * deadlineStart({ kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } })
 * //=> "2012-05-01"
 */
export function deadlineStart(deadline: OneOffDeadline): CalendarDate {
  return deadline.kind === "range" ? pointStart(deadline.from) : pointStart(deadline);
}

/**
 * Tells whether a deadline happens once, so that it has a single {@link deadlineEnd}.
 *
 * @param deadline - Any deadline.
 * @returns true for dates, months, years and ranges; false for recurrences.
 *
 * @example
 * isOneOffDeadline({ kind: "year", year: 2013 })
 * //=> true
 */
export function isOneOffDeadline(deadline: Deadline): deadline is OneOffDeadline {
  return deadline.kind !== "recurrence";
}
