import { describe, expect, it } from "vitest";
import { daysBetween, isCalendarDate, resolveToday, toCalendarDate } from "./calendar-date.js";

describe("isCalendarDate", () => {
  it("accepts dates that exist and nothing else", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2023-13-01")).toBe(false);
    expect(isCalendarDate("15.11.2012")).toBe(false);
    expect(isCalendarDate(20240229)).toBe(false);
  });
});

describe("toCalendarDate", () => {
  it("takes a Date's local calendar day and checks strings", () => {
    expect(toCalendarDate(new Date(2012, 10, 15, 23, 59))).toBe("2012-11-15");
    expect(toCalendarDate(new Date(Number.NaN))).toBeUndefined();
    expect(toCalendarDate("2012-11-15")).toBe("2012-11-15");
    expect(toCalendarDate("2012-11-31")).toBeUndefined();
  });
});

describe("resolveToday", () => {
  it("throws a RangeError for a broken today", () => {
    expect(resolveToday("2026-11-24")).toBe("2026-11-24");
    expect(() => resolveToday("i dag")).toThrow(RangeError);
  });
});

describe("daysBetween", () => {
  it("counts calendar days, negative backwards, across leap days and DST changes", () => {
    expect(daysBetween("2012-02-28", "2012-03-01")).toBe(2);
    expect(daysBetween("2013-03-30", "2013-04-01")).toBe(2);
    expect(daysBetween("2013-06-01", "2013-05-01")).toBe(-31);
    expect(daysBetween("2012-01-01", "2013-01-01")).toBe(366);
  });
});
