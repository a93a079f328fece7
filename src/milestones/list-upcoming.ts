import { dueWindow } from "../_lib/due-window.js";
import { requireOptions } from "../_lib/options.js";
import { requireSchedule } from "./check.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { type MilestoneEntry, milestoneEntries, milestoneState } from "./entries.js";
import type { MilestoneSchedule } from "./schema.js";

/**
 * A milestone on a dashboard list: its phase, its id, where it is and the last day it is due by.
 *
 * @example
 * const item: MilestoneItem = { phaseId: "del-3", milestoneId: "3.1", path: ["phases", 2, "milestones", 0], due: "2013-01-31" };
 */
export interface MilestoneItem {
  /** The id of the phase the milestone is in. */
  readonly phaseId: string;
  /** The milestone's id. */
  readonly milestoneId: string;
  /** The milestone's path in the schedule. */
  readonly path: readonly ["phases", number, "milestones", number];
  /** The last day the milestone's deadline allows (a month's last day, a range's end). */
  readonly due: CalendarDate;
}

/**
 * Options for {@link listUpcomingMilestones} and {@link scheduleProgress}.
 *
 * @example
 * const options: MilestoneWindowOptions = { today: "2012-09-15", dueSoonDays: 60 };
 */
export interface MilestoneWindowOptions {
  /** The date to measure against, as an ISO date or a `Date`. */
  readonly today: string | Date;
  /** Days from today within which an open milestone counts as upcoming: 14 when left out, a whole number from 0 to 3660. */
  readonly dueSoonDays?: number;
  /**
   * The old name of `dueSoonDays`, read for one minor version; when both are given they must agree.
   *
   * @deprecated Use `dueSoonDays`.
   */
  readonly withinDays?: number;
}

/** A milestone entry as a {@link MilestoneItem}. */
export function toItem(entry: MilestoneEntry): MilestoneItem {
  return { phaseId: entry.phaseId, milestoneId: entry.milestone.id, path: entry.path, due: entry.due };
}

/** Orders items by due day, then by their place in the schedule. */
export function compareItems(a: MilestoneItem, b: MilestoneItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.path[1] - b.path[1] || a.path[3] - b.path[3];
}

/**
 * Lists the milestones coming up (kommande milepælar): open (not done or cancelled) and due from
 * today to `dueSoonDays` days ahead, both days included. Overdue milestones are not upcoming.
 *
 * @param schedule - A schema-valid milestone schedule.
 * @param options - `today` and `dueSoonDays` (14 by default; `withinDays` is its deprecated name).
 * @returns The upcoming milestones, soonest first, ties in schedule order.
 * @throws TypeError when `options` is not an object, `today` or `dueSoonDays` has the wrong type, or
 *   `schedule` is not a milestone schedule; RangeError when `today` is not a valid date,
 *   `dueSoonDays` is not a whole number from 0 to 3660, or `dueSoonDays` and `withinDays` differ.
 *
 * @example
 * listUpcomingMilestones(
 *   {
 *     kind: "milestone-schedule", id: "s", title: "Milepælsplan",
 *     phases: [{ id: "del-2", title: "Utvikling", milestones: [
 *       { id: "2.4", title: "Handlingsplan", deadline: { kind: "month", month: "2012-10" }, status: "planned" },
 *     ] }],
 *   },
 *   { today: "2012-10-20" },
 * )
 * //=> [{ phaseId: "del-2", milestoneId: "2.4", path: ["phases", 0, "milestones", 0], due: "2012-10-31" }]
 */
export function listUpcomingMilestones(schedule: MilestoneSchedule, options: MilestoneWindowOptions): MilestoneItem[] {
  requireOptions(options, "listUpcomingMilestones");
  const window = dueWindow(options, "dueSoonDays", undefined, "listUpcomingMilestones");
  requireSchedule(schedule, "listUpcomingMilestones");
  return milestoneEntries(schedule)
    .filter((entry) => milestoneState(entry, window) === "upcoming")
    .map(toItem)
    .sort(compareItems);
}
