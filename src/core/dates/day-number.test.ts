import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addMonthsToDay, civilOfDay, dateOfDay, dayNumber, dayNumberOf, weekdayOfDay } from "./day-number.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const DAY_MS = 86_400_000;
const FIRST = dayNumberOf(1, 1, 1);
const LAST = dayNumberOf(9999, 12, 31);

// The reference: a `Date` in UTC, where a day is exactly 86 400 000 ms, whatever the process's zone.
const utcDateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const utcDayOf = (date: string): number => {
  const time = new Date(0);
  time.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return time.getTime() / DAY_MS;
};

describe("day numbers", () => {
  it("count days since 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01")).toBe(11_017);
    expect(FIRST).toBe(-719_162);
    expect(dateOfDay(LAST)).toBe("9999-12-31");
  });

  it("agree with a UTC Date on every day from 0001 to 9999, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (day) => {
        const date = dateOfDay(day);
        expect(date).toBe(utcDateOf(day));
        expect(dayNumber(date)).toBe(day);
        expect(utcDayOf(date)).toBe(day);
      }),
      { numRuns: RUNS, examples: [[FIRST], [LAST], [0], [-1], [dayNumberOf(1600, 2, 29)], [dayNumberOf(1900, 2, 28)]] },
    );
  });

  it("agree with a UTC Date on 28 February to 1 March of every year 0001-9999 (every leap rule)", () => {
    const wrong: number[] = [];
    for (let year = 1; year <= 9999; year += 1) {
      const first = dayNumberOf(year, 2, 28);
      const date = new Date(0);
      date.setUTCFullYear(year, 1, 28);
      if (first !== date.getTime() / DAY_MS || dateOfDay(first + 1) !== utcDateOf(first + 1)) wrong.push(year);
    }
    expect(wrong).toEqual([]);
  });

  it("roll months and days over into other years", () => {
    expect(dateOfDay(dayNumberOf(2013, 0, 1))).toBe("2012-12-01");
    expect(dateOfDay(dayNumberOf(2013, 13, 1))).toBe("2014-01-01");
    expect(dateOfDay(dayNumberOf(2013, 2, 29))).toBe("2013-03-01");
    expect(dateOfDay(dayNumberOf(2013, -23, 1))).toBe("2011-01-01");
  });

  it("read years 0-99 as themselves and write years outside 0000-9999 without cutting them", () => {
    expect(dateOfDay(dayNumber("0050-06-15"))).toBe("0050-06-15");
    expect(dateOfDay(dayNumberOf(10_000, 1, 1))).toBe("10000-01-01");
    expect(dateOfDay(dayNumberOf(-1, 1, 1))).toBe("-0001-01-01");
    expect(dayNumber("-0001-01-01")).toBe(dayNumberOf(-1, 1, 1));
  });

  it("give the civil date and the ISO weekday", () => {
    expect(civilOfDay(dayNumber("2024-02-29"))).toEqual([2024, 2, 29]);
    expect(weekdayOfDay(0)).toBe(4); // a Thursday
    expect(weekdayOfDay(dayNumber("2026-11-23"))).toBe(1);
    expect(weekdayOfDay(dayNumber("2026-11-29"))).toBe(7);
    expect(weekdayOfDay(-4)).toBe(7);
  });
});

describe("adding to a date", () => {
  it("adds days as numbers, across months, leap days and years", () => {
    expect(addDays("2012-02-28", 1)).toBe("2012-02-29");
    expect(addDays("2013-02-28", 1)).toBe("2013-03-01");
    expect(addDays("2012-12-31", 1)).toBe("2013-01-01");
    expect(addDays("2013-01-01", -1)).toBe("2012-12-31");
    expect(addDays("2013-03-30", 0)).toBe("2013-03-30");
  });

  it("adds and compares as a UTC Date does", () => {
    const date = fc.integer({ min: FIRST + 4000, max: LAST - 4000 }).map(dateOfDay);
    fc.assert(
      fc.property(date, date, fc.integer({ min: -3660, max: 3660 }), (a, b, days) => {
        expect(addDays(a, days)).toBe(utcDateOf(utcDayOf(a) + days));
        expect(Math.sign(dayNumber(a) - dayNumber(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  });

  it("adds months by the calendar, clamping to the end of a shorter month", () => {
    expect(addMonths("2013-01-31", 1)).toBe("2013-02-28");
    expect(addMonths("2012-01-31", 1)).toBe("2012-02-29");
    expect(addMonths("2012-08-31", -6)).toBe("2012-02-29");
    expect(addMonths("2013-03-31", -1)).toBe("2013-02-28");
    expect(addMonths("2013-05-15", -6)).toBe("2012-11-15");
    expect(addMonths("2013-05-15", 12)).toBe("2014-05-15");
    expect(addMonths("2012-02-29", 12)).toBe("2013-02-28");
    expect(addMonths("2012-02-29", 48)).toBe("2016-02-29");
    expect(addMonths("2013-12-15", 1)).toBe("2014-01-15");
  });

  it("adds months as the calendar does: same day where the month has it, else the month's last day", () => {
    const date = fc.integer({ min: FIRST + 4000, max: LAST - 4000 }).map(dateOfDay);
    fc.assert(
      fc.property(date, fc.integer({ min: -120, max: 120 }), (from, months) => {
        const [year, month, day] = civilOfDay(dayNumber(from));
        const target = new Date(0);
        target.setUTCFullYear(year, month - 1 + months, 1);
        const lastDay = new Date(0);
        lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
        target.setUTCDate(Math.min(day, lastDay.getUTCDate()));
        expect(addMonths(from, months)).toBe(target.toISOString().slice(0, 10));
        expect(addMonthsToDay(dayNumber(from), months)).toBe(target.getTime() / DAY_MS);
      }),
      { numRuns: RUNS },
    );
  });
});
