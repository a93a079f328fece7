import { dueWindow } from "../_lib/due-window.js";
import { requireOptions } from "../_lib/options.js";
import { requireSchedule } from "./check.js";
import { type MilestoneState, milestoneState, phaseEntries } from "./entries.js";
import { compareItems, type MilestoneItem, type MilestoneWindowOptions, toItem } from "./list-upcoming.js";
import type { MilestoneSchedule } from "./schema.js";

/**
 * The milestones of one phase sorted by where they stand on a day. Every milestone is in exactly
 * one list; each list is ordered by due day, then schedule order.
 *
 * @example
 * const phase: PhaseProgress = { phaseId: "del-1", total: 0, done: [], overdue: [], upcoming: [], later: [], cancelled: [] };
 */
export interface PhaseProgress {
  /** The phase's id. */
  readonly phaseId: string;
  /** The number of milestones in the phase. */
  readonly total: number;
  /** Milestones marked done. */
  readonly done: readonly MilestoneItem[];
  /** Open milestones whose deadline has passed. */
  readonly overdue: readonly MilestoneItem[];
  /** Open milestones due from today to the end of the window. */
  readonly upcoming: readonly MilestoneItem[];
  /** Open milestones due after the window. */
  readonly later: readonly MilestoneItem[];
  /** Milestones marked cancelled. */
  readonly cancelled: readonly MilestoneItem[];
}

/**
 * Where a milestone schedule stands on a day (framdrift): per phase, and counted for the whole schedule.
 *
 * @example
 * const progress: ScheduleProgress = {
 *   phases: [],
 *   totals: { total: 0, done: 0, overdue: 0, upcoming: 0, later: 0, cancelled: 0 },
 * };
 */
export interface ScheduleProgress {
  /** One entry per phase, in schedule order. */
  readonly phases: readonly PhaseProgress[];
  /** Milestones counted by where they stand, for the whole schedule. */
  readonly totals: Readonly<Record<"total" | "done" | "overdue" | "upcoming" | "later" | "cancelled", number>>;
}

/**
 * Summarises a milestone schedule (milepælsplan) on a day, phase by phase: done, overdue, upcoming
 * (due within `dueSoonDays`), later and cancelled milestones, as data a dashboard draws.
 *
 * @param schedule - A schema-valid milestone schedule.
 * @param options - `today` and `dueSoonDays` (14 by default; `withinDays` is its deprecated name).
 * @returns The {@link ScheduleProgress}.
 * @throws TypeError when `options` is not an object, `today` or `dueSoonDays` has the wrong type, or
 *   `schedule` is not a milestone schedule; RangeError when `today` is not a valid date,
 *   `dueSoonDays` is not a whole number from 0 to 3660, or `dueSoonDays` and `withinDays` differ.
 *
 * @example
 * scheduleProgress(
 *   {
 *     kind: "milestone-schedule", id: "s", title: "Milepælsplan",
 *     phases: [{ id: "del-1", title: "Forankring", milestones: [
 *       { id: "1.2", title: "Samarbeidsavtale", deadline: { kind: "month", month: "2012-03" }, status: "planned" },
 *     ] }],
 *   },
 *   { today: "2012-07-01" },
 * ).totals
 * //=> { total: 1, done: 0, overdue: 1, upcoming: 0, later: 0, cancelled: 0 }
 */
export function scheduleProgress(schedule: MilestoneSchedule, options: MilestoneWindowOptions): ScheduleProgress {
  requireOptions(options, "scheduleProgress");
  const window = dueWindow(options, "dueSoonDays", undefined, "scheduleProgress");
  requireSchedule(schedule, "scheduleProgress");
  const totals = { total: 0, done: 0, overdue: 0, upcoming: 0, later: 0, cancelled: 0 };
  const phases = schedule.phases.map((phase, p): PhaseProgress => {
    const lists: Record<MilestoneState, MilestoneItem[]> = { done: [], overdue: [], upcoming: [], later: [], cancelled: [] };
    for (const entry of phaseEntries(phase, p)) {
      const state = milestoneState(entry, window);
      lists[state].push(toItem(entry));
      totals[state] += 1;
    }
    totals.total += phase.milestones.length;
    return {
      phaseId: phase.id,
      total: phase.milestones.length,
      done: lists.done.sort(compareItems),
      overdue: lists.overdue.sort(compareItems),
      upcoming: lists.upcoming.sort(compareItems),
      later: lists.later.sort(compareItems),
      cancelled: lists.cancelled.sort(compareItems),
    };
  });
  return { phases, totals };
}
