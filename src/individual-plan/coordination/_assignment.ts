import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { CoordinatorAssignment } from "./schema.js";

/** Whether an assignment holds on a day: from `from` through `to`, both included. */
export function assignmentHolds(assignment: CoordinatorAssignment, day: CalendarDate): boolean {
  return assignment.from <= day && (assignment.to === undefined || day <= assignment.to);
}

/** The assignments that hold on a day, with their indexes, in plan order. */
export function assignmentsOn(
  assignments: readonly CoordinatorAssignment[],
  day: CalendarDate,
): { readonly assignment: CoordinatorAssignment; readonly index: number }[] {
  const found: { assignment: CoordinatorAssignment; index: number }[] = [];
  assignments.forEach((assignment, index) => {
    if (assignmentHolds(assignment, day)) found.push({ assignment, index });
  });
  return found;
}
