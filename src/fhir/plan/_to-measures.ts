// Measures (tiltak) as CarePlan.activity.detail, and their deadlines as FHIR partial dates
// (scheduledPeriod) or a Timing (scheduledTiming), with the deadline in words kept in originalText.
import { describeDeadline } from "../../core/dates/describe-deadline.js";
import type { DatePoint, Deadline, Recurrence } from "../../core/dates/deadline.js";
import type { MeasureStatus, PlanMeasure } from "../../individual-plan/measure.js";
import { FHIR_CORE_EXTENSION_URLS as CORE, FHIR_EXTENSION_URLS as X } from "../extensions.js";
import type { ExportContext } from "./_context.js";
import { concept, defined, extensions, type Json, nonEmpty, valueExt } from "./_json.js";

/** Measure status -> CarePlan.activity.detail.status. */
export const MEASURE_STATUS = {
  planned: "not-started",
  "in-progress": "in-progress",
  done: "completed",
  postponed: "on-hold",
  cancelled: "cancelled",
} as const satisfies Record<MeasureStatus, string>;

/** A point as a FHIR date of the same precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function fhirDate(point: DatePoint): string {
  if (point.kind === "date") return point.date;
  if (point.kind === "month") return point.month;
  return String(point.year).padStart(4, "0");
}

/** Timing.repeat per recurrence kind; the kind itself goes in Timing.code, since two kinds can repeat alike. */
function repeat(r: Recurrence): Json {
  const bounds = r.starts === undefined ? {} : { boundsPeriod: { start: r.starts } };
  switch (r.frequency) {
    case "times-per-year":
      return { ...bounds, frequency: r.times, period: 1, periodUnit: "a" };
    case "every":
      return { ...bounds, frequency: 1, period: r.interval, periodUnit: r.unit === "week" ? "wk" : "mo" };
    case "times-per":
      return { ...bounds, frequency: r.times, period: { month: 1, quarter: 3, "half-year": 6 }[r.per], periodUnit: "mo" };
    case "yearly-by":
      return {
        extension: [
          { url: CORE.dayOfMonth, valuePositiveInt: r.day },
          { url: X["timing-month-of-year"], valuePositiveInt: r.month },
        ],
        ...bounds,
        frequency: 1,
        period: 1,
        periodUnit: "a",
      };
  }
}

/** `scheduledPeriod` for a one-off deadline, `scheduledTiming` for a recurrence. */
export function scheduled(deadline: Deadline): Json {
  const originalText = { url: CORE.originalText, valueString: describeDeadline(deadline, "nb") };
  if (deadline.kind === "recurrence") {
    return { scheduledTiming: { extension: [originalText], code: concept("recurrence-kind", deadline.frequency), repeat: repeat(deadline) } };
  }
  if (deadline.kind === "date") return { scheduledPeriod: { extension: [originalText], end: deadline.date } };
  if (deadline.kind !== "range") return { scheduledPeriod: { extension: [originalText], start: fhirDate(deadline), end: fhirDate(deadline) } };
  const start = fhirDate(deadline.from);
  const end = fhirDate(deadline.to);
  // A range from a month to the same month reads like that month: the marker tells them apart.
  const marker = start === end ? [{ url: X["deadline-range"], valueBoolean: true }] : [];
  return { scheduledPeriod: { extension: [originalText, ...marker], start, end } };
}

/** One measure as a CarePlan activity. */
export function measureActivity(m: PlanMeasure, ctx: ExportContext): Json {
  const detail = defined({
    extension: extensions([
      m.status === undefined ? valueExt(X["implied-default"], "valueBoolean", true) : undefined,
      valueExt(X["measure-scope"], "valueString", m.scope),
      valueExt(X["measure-done-on"], "valueDate", m.doneOn),
      ...(m.carriedOutOn ?? []).map((day) => valueExt(X["measure-carried-out-on"], "valueDate", day)),
      valueExt(X["measure-start-on"], "valueDate", m.startOn),
    ]),
    status: MEASURE_STATUS[m.status ?? "planned"],
    description: m.implementation,
    goal: nonEmpty((m.goalIds ?? []).map((id) => ctx.goal(id))),
    performer: m.responsibleId === undefined ? undefined : [ctx.participant(m.responsibleId)],
    ...(m.deadline === undefined ? {} : scheduled(m.deadline)),
  });
  return {
    extension: extensions([valueExt(X["measure-id"], "valueString", m.id), valueExt(CORE.activityTitle, "valueString", m.title)]) ?? [],
    detail,
  };
}
