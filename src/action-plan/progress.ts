import type { CalendarDate } from "../core/dates/calendar-date.js";
import { requireDocument } from "../_lib/documents.js";
import { dueWindow } from "../_lib/due-window.js";
import { requireOptions } from "../_lib/options.js";
import { rowTimings } from "./row-timing.js";
import { type ActionPlan, type ActionPlanRowStatus, ActionPlanSchema } from "./schema.js";

/**
 * Options for {@link actionPlanProgress}.
 *
 * @example
 * const options: ActionPlanProgressOptions = { today: "2013-06-01", dueSoonDays: 30 };
 */
export interface ActionPlanProgressOptions {
  /** The date to measure against, as an ISO date or a `Date`. */
  readonly today: string | Date;
  /** Days from today within which an open row counts as upcoming: 14 when left out, a whole number from 0 to 3660. */
  readonly dueSoonDays?: number;
  /**
   * The old name of `dueSoonDays`, read for one minor version; when both are given they must agree.
   *
   * @deprecated Use `dueSoonDays`.
   */
  readonly withinDays?: number;
}

/**
 * One row on a dashboard list: its id, where it is, and the day it is (or was) due by.
 *
 * @example
 * const item: ActionPlanProgressItem = { rowId: "6", path: ["rows", 5], due: "2013-05-01", recurring: true, missedPeriods: 1 };
 */
export interface ActionPlanProgressItem {
  /** The row's id. */
  readonly rowId: string;
  /** The row's path in the plan, `["rows", index]`. */
  readonly path: readonly ["rows", number];
  /**
   * Overdue: the last allowed day (a recurring row: the end of its last missed period).
   * Upcoming: the next day the row is due by.
   */
  readonly due: CalendarDate;
  /** Whether the row has a recurring deadline. */
  readonly recurring: boolean;
  /** For an overdue recurring row, how many ended periods were missed; 0 otherwise. */
  readonly missedPeriods: number;
}

/**
 * Where an action plan stands on a day (framdrift), as data a dashboard draws.
 *
 * @example
 * const progress: ActionPlanProgress = {
 *   total: 6,
 *   byStatus: { done: 4, "in-progress": 0, planned: 2, "not-started": 0, postponed: 0, cancelled: 0 },
 *   overdue: [],
 *   upcoming: [],
 *   undated: [],
 * };
 */
export interface ActionPlanProgress {
  /** The number of rows. */
  readonly total: number;
  /** Rows counted by status. */
  readonly byStatus: Readonly<Record<ActionPlanRowStatus, number>>;
  /** Open rows past their deadline and recurring rows with a missed period, oldest first. */
  readonly overdue: readonly ActionPlanProgressItem[];
  /** Open rows due from today to the end of the window, soonest first (a recurring row by its next due day). */
  readonly upcoming: readonly ActionPlanProgressItem[];
  /** Ids of open rows with no deadline, in row order. */
  readonly undated: readonly string[];
}

/**
 * Summarises an action plan (handlingsplan) on a day: rows by status, what is overdue and what is
 * coming. Rows that are done or cancelled are never overdue or upcoming. A recurring row with a
 * missed period is overdue (due by the end of the last missed period), and it is upcoming too when
 * its next due day falls in the window, as {@link checkActionPlan} reports it.
 *
 * @param plan - A schema-valid action plan.
 * @param options - `today` and `dueSoonDays` (14 by default; `withinDays` is its deprecated name).
 * @returns The {@link ActionPlanProgress}; lists break ties by row order.
 * @throws TypeError when `options` is not an object, `today` or `dueSoonDays` has the wrong type, or
 *   `plan` is not an action plan; RangeError when `today` is not a valid date, `dueSoonDays` is not a
 *   whole number from 0 to 3660, or `dueSoonDays` and `withinDays` are both given and differ.
 *
 * @example
 * actionPlanProgress(
 *   {
 *     kind: "action-plan", id: "p", municipality: { number: "1525", name: "Stranda" }, title: "Handlingsplan",
 *     rows: [
 *       { id: "1", measure: "Kartlegging", activities: [], deadline: { kind: "date", date: "2012-11-15" }, status: "done" },
 *       { id: "2", measure: "Skjema", activities: [], deadline: { kind: "date", date: "2012-11-30" }, status: "planned" },
 *     ],
 *   },
 *   { today: "2012-11-20" },
 * ).upcoming
 * //=> [{ rowId: "2", path: ["rows", 1], due: "2012-11-30", recurring: false, missedPeriods: 0 }]
 */
export function actionPlanProgress(plan: ActionPlan, options: ActionPlanProgressOptions): ActionPlanProgress {
  requireOptions(options, "actionPlanProgress");
  const window = dueWindow(options, "dueSoonDays", undefined, "actionPlanProgress");
  requireDocument(ActionPlanSchema, plan, {
    fn: "actionPlanProgress",
    name: "plan",
    label: "an action plan",
    kind: "action-plan",
    validator: "validateActionPlan",
  });
  const timings = rowTimings(plan, window);
  const byStatus: Record<ActionPlanRowStatus, number> = {
    done: 0,
    "in-progress": 0,
    planned: 0,
    "not-started": 0,
    postponed: 0,
    cancelled: 0,
  };
  const overdue: ActionPlanProgressItem[] = [];
  const upcoming: ActionPlanProgressItem[] = [];
  const undated: string[] = [];
  plan.rows.forEach((row, index) => {
    byStatus[row.status] += 1;
    const timing = timings[index];
    const item = (due: CalendarDate, missedPeriods = 0): ActionPlanProgressItem => ({
      rowId: row.id,
      path: ["rows", index],
      due,
      recurring: timing?.kind === "recurring",
      missedPeriods,
    });
    if (timing?.kind === "undated") undated.push(row.id);
    else if (timing?.kind === "one-off") {
      if (timing.overdue) overdue.push(item(timing.due));
      else if (timing.dueSoon) upcoming.push(item(timing.due));
    } else if (timing?.kind === "recurring") {
      const last = timing.lastMissed;
      if (last !== undefined) overdue.push(item(last.end, timing.missedCount));
      if (timing.dueSoon) upcoming.push(item(timing.nextDue));
    }
  });
  return { total: plan.rows.length, byStatus, overdue: overdue.sort(byDue), upcoming: upcoming.sort(byDue), undated };
}

function byDue(a: ActionPlanProgressItem, b: ActionPlanProgressItem): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.path[1] - b.path[1];
}
