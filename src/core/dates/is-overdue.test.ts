import { describe, expect, it } from "vitest";
import { isOverdue } from "./is-overdue.js";

describe("isOverdue", () => {
  it("is overdue the day after a month's last day, not on it", () => {
    const march = { kind: "month", month: "2012-03" } as const;
    expect(isOverdue(march, { today: "2012-03-31" })).toBe(false);
    expect(isOverdue(march, { today: "2012-04-01" })).toBe(true);
  });
  it("is not overdue once done, by flag or by date", () => {
    const date = { kind: "date", date: "2012-11-15" } as const;
    expect(isOverdue(date, { today: "2012-11-16", done: true })).toBe(false);
    expect(isOverdue(date, { today: "2012-11-16", done: ["2012-11-20"] })).toBe(false);
    expect(isOverdue(date, { today: "2012-11-16", done: [] })).toBe(true);
  });
  it("reads a year as due by 31 December", () => {
    expect(isOverdue({ kind: "year", year: 2013 }, { today: "2013-12-31" })).toBe(false);
    expect(isOverdue({ kind: "year", year: 2013 }, { today: "2014-01-01" })).toBe(true);
  });
  it("is overdue for a recurrence whose last ended period had no work", () => {
    const twice = { kind: "recurrence", frequency: "times-per-year", times: 2 } as const;
    expect(isOverdue(twice, { today: "2013-07-01", done: ["2013-03-01"] })).toBe(false);
    expect(isOverdue(twice, { today: "2013-07-01", done: ["2012-12-01"] })).toBe(true);
    expect(isOverdue(twice, { today: "2013-07-01", done: false })).toBe(true);
    expect(isOverdue(twice, { today: "2013-07-01", done: true })).toBe(false);
  });
  it("accepts a Date for today and rejects an invalid one", () => {
    expect(isOverdue({ kind: "date", date: "2012-11-15" }, { today: new Date(2012, 10, 16) })).toBe(true);
    expect(() => isOverdue({ kind: "date", date: "2012-11-15" }, { today: "15.11.2012" })).toThrow(RangeError);
  });
});
