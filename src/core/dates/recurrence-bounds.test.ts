import { describe, expect, it } from "vitest";
import type { Recurrence } from "./deadline.js";
import { describeDeadline } from "./describe-deadline.js";
import { isOverdue } from "./is-overdue.js";
import { currentPeriod, nextDue, periodContaining, recurrenceStatus } from "./recurrence.js";

const weekly: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "week" };
const twiceAYear: Recurrence = { kind: "recurrence", frequency: "times-per-year", times: 2 };
const twiceAMonth: Recurrence = { kind: "recurrence", frequency: "times-per", times: 2, per: "month" };
const twiceAQuarter: Recurrence = { kind: "recurrence", frequency: "times-per", times: 2, per: "quarter" };
const fiveAHalfYear: Recurrence = { kind: "recurrence", frequency: "times-per", times: 5, per: "half-year" };

describe("recurrenceStatus from a far-past start", () => {
  it("counts every missed week since year 1 and lists the most recent 100", () => {
    const status = recurrenceStatus(weekly, { today: "2013-06-01", since: "0001-01-01" });
    expect(status.missedCount).toBe(105_002);
    expect(status.missed).toHaveLength(100);
    expect(status.missed.at(-1)).toEqual({ start: "2013-05-20", end: "2013-05-26" });
    expect(status.currentPeriod).toEqual({ start: "2013-05-27", end: "2013-06-02" });
  });
  it("lists the first period from since when maxMissed reaches back that far", () => {
    const status = recurrenceStatus(twiceAYear, { today: "2013-06-01", since: "0001-03-01", maxMissed: 10_000 });
    expect(status.missedCount).toBe(4024);
    expect(status.missed).toHaveLength(4024);
    expect(status.missed[0]).toEqual({ start: "0001-03-01", end: "0001-06-30" });
  });
  it("counts a met period once, however many days of work it holds", () => {
    const done = ["2012-02-01", "2012-03-01", "2012-09-01"];
    const status = recurrenceStatus(twiceAYear, { today: "2013-06-01", since: "2011-01-01", done });
    expect(status.missedCount).toBe(2);
    expect(status.missed).toEqual([
      { start: "2011-01-01", end: "2011-06-30" },
      { start: "2011-07-01", end: "2011-12-31" },
    ]);
  });
  it("lists none but still counts them with maxMissed 0", () => {
    const status = recurrenceStatus(twiceAYear, { today: "2013-06-01", since: "2012-01-01", maxMissed: 0 });
    expect(status.missed).toEqual([]);
    expect(status.missedCount).toBe(2);
  });
});

describe("recurrenceStatus since a plan's start", () => {
  it("never counts a period that ended before since, and counts the one since falls in from since", () => {
    const status = recurrenceStatus(twiceAYear, { today: "2013-01-02", since: "2012-06-30" });
    expect(status.missed).toEqual([
      { start: "2012-06-30", end: "2012-06-30" },
      { start: "2012-07-01", end: "2012-12-31" },
    ]);
    expect(recurrenceStatus(twiceAYear, { today: "2013-01-02", since: "2012-07-01" }).missedCount).toBe(1);
  });
  it("counts nothing when since is after today", () => {
    expect(recurrenceStatus(twiceAYear, { today: "2013-01-02", since: "2014-01-01" }).missedCount).toBe(0);
  });
  it("uses the later of since and the recurrence's starts", () => {
    const started: Recurrence = { ...twiceAYear, starts: "2012-07-01" };
    expect(recurrenceStatus(started, { today: "2013-07-02", since: "2010-01-01" }).missedCount).toBe(2);
    expect(recurrenceStatus(started, { today: "2013-07-02", since: "2013-01-01" }).missedCount).toBe(1);
  });
});

describe("recurrence options", () => {
  it.each([
    [{ today: "2013-06-01", since: "" }, RangeError, /options\.since/],
    [{ today: "2013-06-01", since: "2013-02-30" }, RangeError, /options\.since/],
    [{ today: "" }, RangeError, /options\.today/],
    [{ today: new Date(Number.NaN) }, RangeError, /options\.today/],
    [{ today: "2013-06-01", done: "2013-01-01" }, TypeError, /options\.done/],
    [{ today: "2013-06-01", done: ["2013-01-01", ""] }, RangeError, /options\.done\[1\]/],
    [{ today: "2013-06-01", maxMissed: -1 }, RangeError, /options\.maxMissed/],
    [{ today: "2013-06-01", maxMissed: 1.5 }, RangeError, /options\.maxMissed/],
    [{ today: "2013-06-01", maxMissed: 10_001 }, RangeError, /options\.maxMissed/],
    [null, TypeError, /options/],
  ])("rejects %j", (options, error, message) => {
    // @ts-expect-error options that break the contract on purpose
    expect(() => recurrenceStatus(weekly, options)).toThrow(error);
    // @ts-expect-error options that break the contract on purpose
    expect(() => recurrenceStatus(weekly, options)).toThrow(message);
  });
  it("accepts maxMissed at both ends of its range", () => {
    expect(recurrenceStatus(weekly, { today: "2013-06-01", maxMissed: 0 }).missed).toEqual([]);
    expect(recurrenceStatus(weekly, { today: "2013-06-01", maxMissed: 10_000 }).missed).toHaveLength(1);
  });
  it("rejects a recurrence the schema would refuse, naming it", () => {
    const zeroTimes = { kind: "recurrence", frequency: "times-per-year", times: 0 };
    // @ts-expect-error a recurrence that breaks the contract on purpose
    expect(() => recurrenceStatus(zeroTimes, { today: "2013-06-01" })).toThrow(/recurrence must be/);
    expect(() => periodContaining({ ...twiceAMonth, times: 29 }, "2013-06-01")).toThrow(TypeError);
    expect(() => periodContaining(twiceAMonth, "")).toThrow(RangeError);
    // @ts-expect-error options that break the contract on purpose
    expect(() => currentPeriod(weekly, {})).toThrow(/options\.today/);
    expect(() => nextDue(weekly, { today: "2013-06-01", maxMissed: -1 })).toThrow(/nextDue: options\.maxMissed/);
    expect(() => nextDue(weekly, { today: "2013-06-01", since: "" })).toThrow(/nextDue: options\.since/);
    // @ts-expect-error options that break the contract on purpose
    expect(() => isOverdue(weekly, { today: "2013-06-01", done: "yes" })).toThrow(TypeError);
    expect(() => isOverdue({ kind: "year", year: 2013 }, { today: "2013-06-01", done: ["x"] })).toThrow(RangeError);
  });
});

describe("times-per recurrences", () => {
  it("splits each month into runs of days", () => {
    expect(periodContaining(twiceAMonth, "2013-02-14")).toEqual({ start: "2013-02-01", end: "2013-02-14" });
    expect(periodContaining(twiceAMonth, "2013-02-15")).toEqual({ start: "2013-02-15", end: "2013-02-28" });
    expect(periodContaining(twiceAMonth, "2013-03-16")).toEqual({ start: "2013-03-01", end: "2013-03-16" });
    expect(periodContaining(twiceAMonth, "2013-03-17")).toEqual({ start: "2013-03-17", end: "2013-03-31" });
  });
  it("splits quarters and half-years the same way, never across their bounds", () => {
    expect(periodContaining(twiceAQuarter, "2013-02-14")).toEqual({ start: "2013-01-01", end: "2013-02-14" });
    expect(periodContaining(twiceAQuarter, "2013-03-31")).toEqual({ start: "2013-02-15", end: "2013-03-31" });
    expect(periodContaining(twiceAQuarter, "2013-04-01")).toEqual({ start: "2013-04-01", end: "2013-05-16" });
    expect(periodContaining(fiveAHalfYear, "2013-12-31")).toEqual({ start: "2013-11-26", end: "2013-12-31" });
  });
  it("moves on to the next run once the current one is met, and counts missed runs", () => {
    expect(nextDue(twiceAMonth, { today: "2013-02-10", done: ["2013-02-01"] })).toBe("2013-02-28");
    const status = recurrenceStatus(twiceAMonth, { today: "2013-03-01", since: "2013-01-01", done: ["2013-01-20"] });
    expect(status.missedCount).toBe(3);
    expect(isOverdue(twiceAMonth, { today: "2013-03-01", done: ["2013-02-20"] })).toBe(false);
    expect(isOverdue(twiceAMonth, { today: "2013-03-01", done: ["2013-02-10"] })).toBe(true);
  });
  it("is written out in each locale", () => {
    expect(describeDeadline(twiceAMonth)).toBe("2 ganger i måneden");
    expect(describeDeadline(twiceAQuarter, "nn")).toBe("2 gonger i kvartalet");
    expect(describeDeadline(fiveAHalfYear, "en")).toBe("5 times a half-year");
  });
});
