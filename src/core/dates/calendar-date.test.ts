import { describe, expect, it } from "vitest";
import { daysBetween, fromDate, isCalendarDate, localDate, resolveToday, toCalendarDate, toDate } from "./calendar-date.js";

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

describe("toDate and fromDate", () => {
  it("round-trip calendar dates, years 0-99 included", () => {
    for (const date of ["2012-02-29", "1999-12-31", "0050-06-15", "0001-01-01", "9999-12-31"]) {
      expect(fromDate(toDate(date))).toBe(date);
    }
  });
  it("rolls months and days over like the Date constructor", () => {
    expect(fromDate(localDate(2013, -1, 1))).toBe("2012-12-01");
    expect(fromDate(localDate(2013, 1, 29))).toBe("2013-03-01");
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
