/**
 * The one classifier of a deadline's state on a day, on day numbers: the body of the public
 * `deadlineState` and `isOverdue`, and what individual plans, action plans and milestone schedules
 * ask of their deadlines. Internal: not exported from the package.
 *
 * @module
 */
import type { Deadline } from "./deadline.js";
import { endDayOfDeadline } from "./deadline-end.js";
import { type RecurrenceState, recurrenceState } from "./_recurrence-state.js";

/**
 * Where a deadline stands on a day: `done`, `overdue`, `due-soon` (from today through the due-soon
 * window) or `open` (due later).
 *
 * @example
 * const kind: DeadlineStateKind = "due-soon";
 */
export type DeadlineStateKind = "done" | "overdue" | "due-soon" | "open";

/** A deadline's state on a day, as day numbers. */
export interface DayState {
  /** `overdue` before `due-soon`: a recurrence can be both, its previous period missed and its next due day near. */
  readonly state: DeadlineStateKind;
  readonly overdue: boolean;
  readonly dueSoon: boolean;
  /** The next day the work is due by: a one-off deadline's last day, a recurrence's next due day. */
  readonly due: number;
  /** The due day that passed without the work: a one-off deadline's last day, a recurrence's previous period's end. */
  readonly missed: number | undefined;
  /** For a recurrence, where it stands (for the missed-period list, when a caller asks for it). */
  readonly recurrence: RecurrenceState | undefined;
}

/** The work done: `true`/`false`, or the days it was carried out (day numbers). */
export type DoneDays = boolean | readonly number[];

const NONE: readonly number[] = [];

function kindOf(done: boolean, overdue: boolean, dueSoon: boolean): DeadlineStateKind {
  return done ? "done" : overdue ? "overdue" : dueSoon ? "due-soon" : "open";
}

/**
 * The state of work due by the day `due`: overdue after it, due soon from today through
 * `dueSoonDays` ahead (both days included), open after that; done when the work is done.
 */
export function dueDayState(due: number, today: number, dueSoonDays: number, done = false): DayState {
  const overdue = !done && due < today;
  const dueSoon = !done && due >= today && due - today <= dueSoonDays;
  return { state: kindOf(done, overdue, dueSoon), overdue, dueSoon, due, missed: overdue ? due : undefined, recurrence: undefined };
}

/**
 * The state of a deadline on `today`. A one-off deadline is due by its last day, and done when
 * `done` is true or holds any day. A recurrence is overdue when its previous period ended with no day
 * of `done` in it, and due soon when its next due day (the current period's end, or the next one's
 * when the current period is met) is within the window; `done: true` means the recurring work has
 * ended for good. A period that ends before `since` is never overdue and never due.
 */
export function deadlineDayState(deadline: Deadline, today: number, dueSoonDays: number, since: number | undefined, done: DoneDays): DayState {
  if (deadline.kind !== "recurrence") {
    return dueDayState(endDayOfDeadline(deadline), today, dueSoonDays, typeof done === "boolean" ? done : done.length > 0);
  }
  const ended = done === true;
  const state = recurrenceState(deadline, today, typeof done === "boolean" ? NONE : done);
  const counts = (end: number): boolean => since === undefined || end >= since;
  const previous = state.previous;
  const overdue = !ended && previous !== undefined && !state.metPrevious && counts(previous.end);
  const dueSoon = !ended && counts(state.nextDue) && state.nextDue >= today && state.nextDue - today <= dueSoonDays;
  return {
    state: kindOf(ended, overdue, dueSoon),
    overdue,
    dueSoon,
    due: state.nextDue,
    missed: overdue ? previous?.end : undefined,
    recurrence: state,
  };
}
