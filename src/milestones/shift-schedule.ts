import { addMonths } from "../core/dates/day-number.js";
import { type DatePoint, pointEnd, pointStart } from "../core/dates/deadline.js";
import { ownOption, requireOptions, resolveNumber } from "../_lib/options.js";
import { requireSchedule } from "./check.js";
import { type Milestone, type MilestoneDeadline, MilestoneDeadlineSchema, type MilestoneSchedule } from "./schema.js";

/**
 * Options for {@link shiftSchedule}.
 *
 * @example
 * const options: ShiftScheduleOptions = { months: 3 };
 */
export interface ShiftScheduleOptions {
  /** Whole months to move every deadline not done: positive is later, negative earlier. */
  readonly months: number;
}

/**
 * Re-plans a milestone schedule (omplanlegging): moves the deadline of every milestone not done by
 * a number of months, keeping its precision. Done milestones keep their deadlines.
 *
 * - A month stays a month: "mars 2012" + 2 is "mai 2012".
 * - A range moves both ends: "mai – juni 2012" + 5 is "oktober – november 2012".
 * - A year moves by whole years, to the year whose end is nearest the shifted end: by
 *   `months / 12` rounded half away from zero (+5 keeps 2013, +6 and +17 give 2014, -6 gives 2012).
 *   If that would make a range mixing a year with a finer point end before it starts, the year is
 *   widened to cover the other end.
 * - An exact date moves by calendar months and is clamped to the end of a shorter month: 31 January
 *   + 1 is 28 (or 29) February. So shifting by n and then by -n returns every month, year and
 *   range of months as it was, but not an exact date on the 29th to 31st: 31 January 2013 + 1 - 1
 *   is 28 January 2013.
 *
 * A shifted milestone loses its `deadlineText`, which no longer says what the deadline is.
 * Returns a new schedule; the input is not changed (milestones left as they were are shared).
 *
 * @param schedule - A schema-valid milestone schedule.
 * @param options - `months` to move by.
 * @returns The re-planned schedule.
 * @throws TypeError when `options` is not an object, `months` is not a number or `schedule` is not a
 *   milestone schedule; RangeError when `months` is not a whole number from -4800 to 4800, or a shifted deadline would
 *   leave the years a deadline may have (a year 1800–2200; a month or date with a four-digit year).
 *
 * @example
 * shiftSchedule(
 *   {
 *     kind: "milestone-schedule", id: "s", title: "Milepælsplan",
 *     phases: [{ id: "del-2", title: "Utvikling", milestones: [
 *       { id: "2.3", title: "Arbeidsseminar", deadlineText: "Mai 2012 Juni 2012", status: "planned",
 *         deadline: { kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } } },
 *     ] }],
 *   },
 *   { months: 5 },
 * ).phases[0]?.milestones[0]
 * //=> { id: "2.3", title: "Arbeidsseminar", status: "planned",
 * //     deadline: { kind: "range", from: { kind: "month", month: "2012-10" }, to: { kind: "month", month: "2012-11" } } }
 */
export function shiftSchedule(schedule: MilestoneSchedule, options: ShiftScheduleOptions): MilestoneSchedule {
  requireOptions(options, "shiftSchedule");
  const months = resolveNumber(ownOption(options, "months"), "months", { integer: true, min: -MAX_MONTHS, max: MAX_MONTHS });
  requireSchedule(schedule, "shiftSchedule");
  return {
    ...schedule,
    phases: schedule.phases.map((phase) => ({
      ...phase,
      milestones: phase.milestones.map((milestone) => shiftMilestone(milestone, months)),
    })),
  };
}

// Deadlines lie in the years 1800-2200, so a larger shift always moves one out of them.
const MAX_MONTHS = 4800;

function shiftMilestone(milestone: Milestone, months: number): Milestone {
  if (milestone.status === "done" || months === 0) return milestone;
  const { deadlineText: _stale, ...rest } = milestone;
  return { ...rest, deadline: shiftDeadline(milestone.deadline, months) };
}

function shiftDeadline(deadline: MilestoneDeadline, months: number): MilestoneDeadline {
  const shifted = deadline.kind === "range" ? shiftRange(deadline.from, deadline.to, months) : shiftPoint(deadline, months);
  const checked = MilestoneDeadlineSchema.safeParse(shifted);
  if (!checked.success) throw new RangeError(`shifting by ${months} months moves a deadline out of the years a deadline may have`);
  return checked.data;
}

function shiftRange(from: DatePoint, to: DatePoint, months: number): MilestoneDeadline {
  let start = shiftPoint(from, months);
  let end = shiftPoint(to, months);
  if (pointStart(start) > pointEnd(end)) {
    // Only a year beside a finer point can cross over, as years move in whole years.
    if (end.kind === "year") end = { kind: "year", year: Number(pointStart(start).slice(0, 4)) };
    else if (start.kind === "year") start = { kind: "year", year: Number(pointEnd(end).slice(0, 4)) };
  }
  return { kind: "range", from: start, to: end };
}

function shiftPoint(point: DatePoint, months: number): DatePoint {
  switch (point.kind) {
    case "date":
      return { kind: "date", date: addMonths(point.date, months) };
    case "month": {
      const [year, month] = point.month.split("-").map(Number);
      const index = (year ?? 0) * 12 + (month ?? 1) - 1 + months;
      const shiftedYear = Math.floor(index / 12);
      return { kind: "month", month: `${String(shiftedYear).padStart(4, "0")}-${String((index % 12 + 12) % 12 + 1).padStart(2, "0")}` };
    }
    case "year":
      return { kind: "year", year: point.year + Math.sign(months) * Math.round(Math.abs(months) / 12) };
  }
}
