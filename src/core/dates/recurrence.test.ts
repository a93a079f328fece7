import { describe, expect, it } from "vitest";
import type { Recurrence } from "./deadline.js";
import { currentPeriod, nextDue, periodContaining, recurrenceStatus } from "./recurrence.js";

const twiceAYear: Recurrence = { kind: "recurrence", frequency: "times-per-year", times: 2 };
const byFirstOfMay: Recurrence = { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 };
const weekly: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "week" };
const monthly: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "month" };

describe("periodContaining", () => {
  it("splits the year into calendar half-years for twice a year", () => {
    expect(periodContaining(twiceAYear, "2013-06-30")).toEqual({ start: "2013-01-01", end: "2013-06-30" });
    expect(periodContaining(twiceAYear, "2013-07-01")).toEqual({ start: "2013-07-01", end: "2013-12-31" });
  });
  it("uses quarters for four times a year", () => {
    expect(periodContaining({ ...twiceAYear, times: 4 }, "2013-05-10")).toEqual({ start: "2013-04-01", end: "2013-06-30" });
  });
  it("splits the year into equal runs of days when 12 is not divisible by the count", () => {
    const fiveTimes: Recurrence = { ...twiceAYear, times: 5 };
    expect(periodContaining(fiveTimes, "2013-01-01")).toEqual({ start: "2013-01-01", end: "2013-03-14" });
    expect(periodContaining(fiveTimes, "2013-12-31")).toEqual({ start: "2013-10-20", end: "2013-12-31" });
  });
  it("runs a yearly-by period from the day after last year's due day to this year's", () => {
    expect(periodContaining(byFirstOfMay, "2013-05-01")).toEqual({ start: "2012-05-02", end: "2013-05-01" });
    expect(periodContaining(byFirstOfMay, "2013-05-02")).toEqual({ start: "2013-05-02", end: "2014-05-01" });
  });
  it("falls back to 28 February for a yearly 29 February in other years", () => {
    const leapDay: Recurrence = { kind: "recurrence", frequency: "yearly-by", month: 2, day: 29 };
    expect(periodContaining(leapDay, "2013-02-28")).toEqual({ start: "2012-03-01", end: "2013-02-28" });
  });
  it("uses ISO weeks for every week without a start", () => {
    expect(periodContaining(weekly, "2026-11-29")).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    expect(periodContaining(weekly, "2026-11-30")).toEqual({ start: "2026-11-30", end: "2026-12-06" });
  });
  it("counts weeks and months from starts when given", () => {
    expect(periodContaining({ ...weekly, interval: 2, starts: "2026-11-25" }, "2026-12-09")).toEqual({
      start: "2026-12-09",
      end: "2026-12-22",
    });
    expect(periodContaining({ ...monthly, interval: 3, starts: "2012-10-22" }, "2013-02-01")).toEqual({
      start: "2013-01-01",
      end: "2013-03-31",
    });
  });
  it("cuts the first period at starts and never goes before it", () => {
    const started: Recurrence = { ...twiceAYear, starts: "2012-10-22" };
    expect(periodContaining(started, "2012-11-01")).toEqual({ start: "2012-10-22", end: "2012-12-31" });
    expect(periodContaining(started, "2012-01-01")).toEqual({ start: "2012-10-22", end: "2012-12-31" });
  });
});

describe("recurrenceStatus", () => {
  it("lists the yearly meeting missed by 1 May as missed after it", () => {
    const status = recurrenceStatus(byFirstOfMay, { today: "2013-06-01", done: [], since: "2012-10-22" });
    expect(status.missed).toEqual([{ start: "2012-10-22", end: "2013-05-01" }]);
    expect(status.previousPeriod).toEqual({ start: "2012-05-02", end: "2013-05-01" });
    expect(status.nextDue).toBe("2014-05-01");
  });
  it("does not list a period as missed before its due day has passed", () => {
    const status = recurrenceStatus(byFirstOfMay, { today: "2013-05-01", done: [], since: "2012-10-22" });
    expect(status.missed).toEqual([]);
  });
  it("counts a day of work inside the period, and only there", () => {
    const met = recurrenceStatus(byFirstOfMay, { today: "2013-06-01", done: ["2013-04-30"], since: "2012-10-22" });
    expect(met.missed).toEqual([]);
    expect(met.metPrevious).toBe(true);
    const tooEarly = recurrenceStatus(byFirstOfMay, { today: "2013-06-01", done: ["2012-05-01"], since: "2012-10-22" });
    expect(tooEarly.missed).toHaveLength(1);
  });
  it("moves the next due date on once the current period is met", () => {
    expect(nextDue(monthly, { today: "2013-02-10", done: ["2013-02-03"] })).toBe("2013-03-31");
    expect(nextDue(monthly, { today: "2013-02-10", done: ["2013-01-03"] })).toBe("2013-02-28");
  });
  it("lists every missed half-year since the start", () => {
    const status = recurrenceStatus(twiceAYear, { today: "2014-01-15", done: ["2013-03-01"], since: "2012-10-22" });
    expect(status.missed).toEqual([
      { start: "2012-10-22", end: "2012-12-31" },
      { start: "2013-07-01", end: "2013-12-31" },
    ]);
  });
  it("has no previous period before the recurrence starts", () => {
    const status = recurrenceStatus({ ...twiceAYear, starts: "2013-01-01" }, { today: "2013-03-01" });
    expect(status.previousPeriod).toBeUndefined();
    expect(status.missed).toEqual([]);
  });
  it("throws a RangeError for an invalid today", () => {
    expect(() => recurrenceStatus(twiceAYear, { today: "2013-02-30" })).toThrow(RangeError);
  });
});

describe("currentPeriod", () => {
  it("gives the period that today falls in", () => {
    expect(currentPeriod(twiceAYear, { today: new Date(2013, 7, 15) })).toEqual({ start: "2013-07-01", end: "2013-12-31" });
  });
});

describe("recurrences in the first century", () => {
  it("keeps years 0-99 as written instead of reading them as 19xx", () => {
    expect(periodContaining(twiceAYear, "0050-03-01")).toEqual({ start: "0050-01-01", end: "0050-06-30" });
    expect(periodContaining(byFirstOfMay, "0099-06-01")).toEqual({ start: "0099-05-02", end: "0100-05-01" });
  });
});
