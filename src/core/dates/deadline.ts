import * as z from "zod";
import { type CalendarDate, CalendarDateSchema, daysInMonth, type YearMonth, YearMonthSchema } from "./calendar-date.js";

/**
 * A point in time at the precision it was written with: an exact date, a month or a year.
 * A month or a year is never padded to a day; {@link deadlineEnd} says which day it allows.
 *
 * @example
 * const exact: DatePoint = { kind: "date", date: "2012-11-15" };
 * const month: DatePoint = { kind: "month", month: "2012-03" };
 * const year: DatePoint = { kind: "year", year: 2013 };
 */
export type DatePoint =
  | { kind: "date"; date: CalendarDate }
  | { kind: "month"; month: YearMonth }
  | { kind: "year"; year: number };

/**
 * A deadline over a span (periode), "mai - juni 2012": from one point to another, each of any precision.
 *
 * @example
 * const range: DeadlineRange = {
 *   kind: "range",
 *   from: { kind: "month", month: "2012-05" },
 *   to: { kind: "month", month: "2012-06" },
 * };
 */
export interface DeadlineRange {
  kind: "range";
  /** The first point of the span, of any precision. */
  from: DatePoint;
  /** The last point of the span, of any precision; not before `from`. */
  to: DatePoint;
}

/**
 * A recurring deadline (gjentakande frist): "to gonger i året", "månedlig", "innen 1. mai hvert år".
 *
 * - `times-per-year`: `times` periods a calendar year, e.g. 2 = each half-year. When 12 is divisible
 *   by `times` the periods follow calendar months; otherwise the year is split into equal runs of days.
 * - `every`: every `interval` weeks or months. Periods are counted from `starts` when given; else
 *   weeks are ISO weeks (Monday first) and months are calendar months counted from January of year 0.
 * - `times-per`: `times` periods in each calendar month, quarter or half-year (`per`), e.g. "to ganger
 *   i måneden". Each month, quarter or half-year is split into `times` runs of days as equal as whole
 *   days allow. Used only where whole months do not fit: "to ganger per halvår" is `times-per-year: 4`.
 * - `yearly-by`: once a year by a given day, e.g. 1 May; the period runs from the day after the
 *   previous year's due day up to and including the due day.
 *
 * `starts`, when given, is the first day the recurrence applies: no period before it is due.
 *
 * @example
 * const twiceAYear: Recurrence = { kind: "recurrence", frequency: "times-per-year", times: 2 };
 * const weekly: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "week" };
 * const byFirstOfMay: Recurrence = { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 };
 * const twiceAMonth: Recurrence = { kind: "recurrence", frequency: "times-per", times: 2, per: "month" };
 */
export type Recurrence =
  | { kind: "recurrence"; frequency: "times-per-year"; times: number; starts?: CalendarDate | undefined }
  | { kind: "recurrence"; frequency: "every"; interval: number; unit: "week" | "month"; starts?: CalendarDate | undefined }
  | {
      kind: "recurrence";
      frequency: "times-per";
      times: number;
      per: "month" | "quarter" | "half-year";
      starts?: CalendarDate | undefined;
    }
  | { kind: "recurrence"; frequency: "yearly-by"; month: number; day: number; starts?: CalendarDate | undefined };

/**
 * A deadline (frist) that keeps the precision it was written with: an exact date, a month, a year,
 * a range or a recurrence.
 *
 * @example
 * const deadline: Deadline = { kind: "month", month: "2012-03" }; // "mars 2012"
 */
export type Deadline = DatePoint | DeadlineRange | Recurrence;

/**
 * A deadline that happens once: everything but a {@link Recurrence}.
 *
 * @example
 * const once: OneOffDeadline = { kind: "year", year: 2013 };
 */
export type OneOffDeadline = DatePoint | DeadlineRange;

/**
 * Schema for an exact-date {@link DatePoint}.
 *
 * @example
 * DateDeadlineSchema.parse({ kind: "date", date: "2012-11-15" })
 * //=> { kind: "date", date: "2012-11-15" }
 */
export const DateDeadlineSchema = z.strictObject({ kind: z.literal("date"), date: CalendarDateSchema });

/**
 * Schema for a month {@link DatePoint}.
 *
 * @example
 * MonthDeadlineSchema.parse({ kind: "month", month: "2012-03" })
 * //=> { kind: "month", month: "2012-03" }
 */
export const MonthDeadlineSchema = z.strictObject({ kind: z.literal("month"), month: YearMonthSchema });

/**
 * Schema for a year {@link DatePoint}; years from 1800 to 2200.
 *
 * @example
 * YearDeadlineSchema.parse({ kind: "year", year: 2013 })
 * //=> { kind: "year", year: 2013 }
 */
export const YearDeadlineSchema = z.strictObject({ kind: z.literal("year"), year: z.int().min(1800).max(2200) });

/**
 * Schema for {@link DatePoint}.
 *
 * @example
 * DatePointSchema.safeParse({ kind: "month", month: "2012-13" }).success
 * //=> false
 */
export const DatePointSchema = z.discriminatedUnion("kind", [DateDeadlineSchema, MonthDeadlineSchema, YearDeadlineSchema]);

/**
 * Schema for {@link DeadlineRange}; a range whose end is before its start is rejected.
 *
 * @example
 * DeadlineRangeSchema.safeParse({
 *   kind: "range",
 *   from: { kind: "month", month: "2012-06" },
 *   to: { kind: "month", month: "2012-05" },
 * }).success
 * //=> false
 */
export const DeadlineRangeSchema = z
  .strictObject({ kind: z.literal("range"), from: DatePointSchema, to: DatePointSchema })
  .refine((range) => pointStart(range.from) <= pointEnd(range.to), {
    params: { code: "schema/invalid-range" },
    path: ["to"],
  });

/** The most times a `times-per` recurrence allows in each of its periods: one day each. */
export const TIMES_PER_LIMIT = { month: 28, quarter: 90, "half-year": 181 } as const;

/**
 * Schema for {@link Recurrence}.
 *
 * @example
 * RecurrenceSchema.parse({ kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 })
 * //=> { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 }
 */
export const RecurrenceSchema = z.discriminatedUnion("frequency", [
  z.strictObject({
    kind: z.literal("recurrence"),
    frequency: z.literal("times-per-year"),
    times: z.int().min(1).max(366),
    starts: CalendarDateSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("recurrence"),
    frequency: z.literal("every"),
    interval: z.int().min(1).max(520),
    unit: z.enum(["week", "month"]),
    starts: CalendarDateSchema.optional(),
  }),
  z
    .strictObject({
      kind: z.literal("recurrence"),
      frequency: z.literal("times-per"),
      times: z.int().min(1).max(181),
      per: z.enum(["month", "quarter", "half-year"]),
      starts: CalendarDateSchema.optional(),
    })
    // Every run has at least one day: February has 28 days, a first quarter 90, a first half-year 181.
    .refine((r) => r.times <= TIMES_PER_LIMIT[r.per], { params: { code: "schema/too-big" }, path: ["times"] }),
  z
    .strictObject({
      kind: z.literal("recurrence"),
      frequency: z.literal("yearly-by"),
      month: z.int().min(1).max(12),
      day: z.int().min(1).max(31),
      starts: CalendarDateSchema.optional(),
    })
    // 29 February is allowed: in other years the due day is 28 February.
    .refine((r) => r.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][r.month - 1]!, {
      params: { code: "schema/invalid-date" },
      path: ["day"],
    }),
]);

/**
 * Schema for {@link Deadline}: any precision, a range or a recurrence.
 *
 * @example
 * DeadlineSchema.parse({ kind: "year", year: 2013 })
 * //=> { kind: "year", year: 2013 }
 */
export const DeadlineSchema = z.discriminatedUnion("kind", [
  DateDeadlineSchema,
  MonthDeadlineSchema,
  YearDeadlineSchema,
  DeadlineRangeSchema,
  RecurrenceSchema,
]);

/** The first day of a point: a month's first day, a year's 1 January. */
export function pointStart(point: DatePoint): CalendarDate {
  switch (point.kind) {
    case "date":
      return point.date;
    case "month":
      return `${point.month}-01`;
    case "year":
      return `${pad(point.year, 4)}-01-01`;
  }
}

/** The last day of a point: a month's last day, a year's 31 December. */
export function pointEnd(point: DatePoint): CalendarDate {
  switch (point.kind) {
    case "date":
      return point.date;
    case "month": {
      const [year, month] = point.month.split("-").map(Number) as [number, number];
      return `${point.month}-${pad(daysInMonth(year, month), 2)}`;
    }
    case "year":
      return `${pad(point.year, 4)}-12-31`;
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
