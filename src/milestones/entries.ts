// Internal: the schedule's milestones flattened once, with their paths, due days and state on a day.
import type { DueWindow } from "../_lib/due-window.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { dayNumber } from "../core/dates/day-number.js";
import { endOfDeadline } from "../core/dates/deadline-end.js";
import { dueDayState } from "../core/dates/_deadline-state.js";
import type { Milestone, MilestonePhase, MilestoneSchedule } from "./schema.js";

/** Where a milestone stands on a day. */
export type MilestoneState = "done" | "cancelled" | "overdue" | "upcoming" | "later";

/** One milestone with where it is and when it is due. */
export interface MilestoneEntry {
  readonly milestone: Milestone;
  readonly phaseId: string;
  readonly path: readonly ["phases", number, "milestones", number];
  /** The last day the deadline allows. */
  readonly due: CalendarDate;
}

/** The milestones of one phase, the phase being number `p` of its schedule. */
export function phaseEntries(phase: MilestonePhase, p: number): MilestoneEntry[] {
  return phase.milestones.map((milestone, m) => ({
    milestone,
    phaseId: phase.id,
    path: ["phases", p, "milestones", m] as const,
    due: endOfDeadline(milestone.deadline),
  }));
}

/** Every milestone in schedule order. */
export function milestoneEntries(schedule: MilestoneSchedule): MilestoneEntry[] {
  return schedule.phases.flatMap(phaseEntries);
}

/** Milestones by id; where an id is used twice, the first use wins. */
export function entriesById(entries: readonly MilestoneEntry[]): Map<string, MilestoneEntry> {
  const byId = new Map<string, MilestoneEntry>();
  for (const entry of entries) if (!byId.has(entry.milestone.id)) byId.set(entry.milestone.id, entry);
  return byId;
}

/** Whether a milestone still has to be reached. */
export function isOpen(milestone: Milestone): boolean {
  return milestone.status !== "done" && milestone.status !== "cancelled";
}

/** The state of a milestone on the window's `today`, by the one classifier ({@link dueDayState}). */
export function milestoneState(entry: MilestoneEntry, window: DueWindow): MilestoneState {
  const status = entry.milestone.status;
  if (status === "done" || status === "cancelled") return status;
  const { state } = dueDayState(dayNumber(entry.due), window.todayDay, window.dueSoonDays);
  return state === "overdue" ? "overdue" : state === "due-soon" ? "upcoming" : "later";
}

/** A milestone's dependency on a known milestone, with the path of its `dependsOn` entry. */
export interface DependencyEdge {
  readonly from: MilestoneEntry;
  readonly to: MilestoneEntry;
  readonly path: readonly (string | number)[];
}

/** Each dependency on a known milestone, in schedule order. */
export function dependencyEdges(entries: readonly MilestoneEntry[], byId: ReadonlyMap<string, MilestoneEntry>): DependencyEdge[] {
  return entries.flatMap((from) =>
    (from.milestone.dependsOn ?? []).flatMap((id, k) => {
      const to = byId.get(id);
      return to === undefined ? [] : [{ from, to, path: [...from.path, "dependsOn", k] }];
    }),
  );
}
