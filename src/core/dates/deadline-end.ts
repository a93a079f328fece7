import type { CalendarDate } from "./calendar-date.js";
import { type Deadline, type OneOffDeadline, pointEnd, pointStart } from "./deadline.js";
import { requireDeadline } from "./_deadline-guard.js";
import { dayNumber, dayNumberOf } from "./day-number.js";

/** {@link deadlineEnd} without the door check, for deadlines a schema has accepted. Internal. */
export function endOfDeadline(deadline: OneOffDeadline): CalendarDate {
  return deadline.kind === "range" ? pointEnd(deadline.to) : pointEnd(deadline);
}

/** {@link deadlineStart} without the door check, for deadlines a schema has accepted. Internal. */
/**
 * Internal: the day number of a one-off deadline's last day, worked out from its parts without
 * writing the date out and reading it back (the hot path of every overdue and due-soon check).
 */
export function endDayOfDeadline(deadline: OneOffDeadline): number {
  const point = deadline.kind === "range" ? deadline.to : deadline;
  switch (point.kind) {
    case "date":
      return dayNumber(point.date);
    case "month": {
      // Day 0 of the next month is the last day of this one.
      const year = Number(point.month.slice(0, point.month.length - 3));
      const month = Number(point.month.slice(-2));
      return dayNumberOf(year, month + 1, 0);
    }
    case "year":
      return dayNumberOf(point.year, 12, 31);
  }
}

export function startOfDeadline(deadline: OneOffDeadline): CalendarDate {
  return deadline.kind === "range" ? pointStart(deadline.from) : pointStart(deadline);
}

/**
 * The last day a one-off deadline allows: the day itself, a month's last day, 31 December of a
 * year, or the last day of a range's end.
 *
 * @param deadline - A deadline that is not a recurrence.
 * @returns The last allowed day as an ISO date.
 * @throws TypeError when `deadline` is not a one-off {@link Deadline}.
 *
 * @example
 * deadlineEnd({ kind: "month", month: "2012-02" })
 * //=> "2012-02-29"
 * deadlineEnd({ kind: "year", year: 2013 })
 * //=> "2013-12-31"
 */
export function deadlineEnd(deadline: OneOffDeadline): CalendarDate {
  requireDeadline(deadline, "deadlineEnd", true);
  return endOfDeadline(deadline);
}

/**
 * The first day a one-off deadline covers: the day itself, a month's first day, 1 January of a
 * year, or the first day of a range's start.
 *
 * @param deadline - A deadline that is not a recurrence.
 * @returns The first covered day as an ISO date.
 * @throws TypeError when `deadline` is not a one-off {@link Deadline}.
 *
 * @example
 * deadlineStart({ kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } })
 * //=> "2012-05-01"
 */
export function deadlineStart(deadline: OneOffDeadline): CalendarDate {
  requireDeadline(deadline, "deadlineStart", true);
  return startOfDeadline(deadline);
}

/**
 * Tells whether a deadline happens once, so that it has a single {@link deadlineEnd}.
 *
 * @param deadline - Any deadline.
 * @returns true for dates, months, years and ranges; false for recurrences.
 * @throws TypeError when `deadline` is not a {@link Deadline}.
 *
 * @example
 * isOneOffDeadline({ kind: "year", year: 2013 })
 * //=> true
 */
export function isOneOffDeadline(deadline: Deadline): deadline is OneOffDeadline {
  requireDeadline(deadline, "isOneOffDeadline");
  return deadline.kind !== "recurrence";
}
