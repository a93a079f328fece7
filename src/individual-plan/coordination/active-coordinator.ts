import { requireOptions, resolveTodayOption } from "../../_lib/options.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { requireIndividualPlan } from "../_require-plan.js";
import type { PlanDateOptions } from "../options.js";
import type { IndividualPlan } from "../schema.js";
import { assignmentsOn } from "./_assignment.js";
import type { CoordinatorAssignment } from "./schema.js";

/**
 * The coordinator (koordinator) of a plan on a day: the assignment that holds today, coordinator or
 * child coordinator. Should several hold at once (`plan/multiple-coordinators`), the one that started
 * last is returned, and of those the last in the plan.
 *
 * @param plan - The individual plan.
 * @param options - `today`.
 * @returns The assignment that holds today (its `participantId` is the coordinator), or `undefined`.
 * @throws TypeError when `options` is not an object, `today` is neither a string nor a `Date`, or
 *   `plan` is not an individual plan; RangeError when `today` is not a valid date.
 *
 * @example
 * const plan = IndividualPlanSchema.parse({
 *   kind: "individual-plan", id: "ip-1", status: "active", user: {},
 *   coordinatorAssignments: [
 *     { id: "a-1", participantId: "p-old", from: "2024-01-01", to: "2025-03-31" },
 *     { id: "a-2", participantId: "p-coord", from: "2025-04-01" },
 *   ],
 * });
 * activeCoordinator(plan, { today: "2025-10-01" })?.participantId
 * //=> "p-coord"
 * activeCoordinator(plan, { today: "2023-12-31" })
 * //=> undefined
 */
export function activeCoordinator(plan: IndividualPlan, options: PlanDateOptions): CoordinatorAssignment | undefined {
  requireOptions(options, "activeCoordinator");
  const today = resolveTodayOption(options);
  requireIndividualPlan(plan, "activeCoordinator");
  return coordinatorOn(plan, today);
}

/** The body of {@link activeCoordinator}, on a plan already checked. */
export function coordinatorOn(plan: IndividualPlan, today: CalendarDate): CoordinatorAssignment | undefined {
  let latest: CoordinatorAssignment | undefined;
  for (const { assignment } of assignmentsOn(plan.coordinatorAssignments ?? [], today)) {
    if (latest === undefined || assignment.from >= latest.from) latest = assignment;
  }
  return latest;
}
