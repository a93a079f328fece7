import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber } from "./day-number.js";
import { deadlineEnd, deadlineStart, endDayOfDeadline, endOfDeadline, isOneOffDeadline } from "./deadline-end.js";
import { DeadlineSchema } from "./deadline.js";

describe("deadlineEnd", () => {
  it("keeps an exact date", () => {
    expect(deadlineEnd({ kind: "date", date: "2012-11-15" })).toBe("2012-11-15");
  });
  it("gives a month's last day, leap years included", () => {
    expect(deadlineEnd({ kind: "month", month: "2012-02" })).toBe("2012-02-29");
    expect(deadlineEnd({ kind: "month", month: "2013-02" })).toBe("2013-02-28");
    expect(deadlineEnd({ kind: "month", month: "2012-11" })).toBe("2012-11-30");
  });
  it("gives 31 December for a year", () => {
    expect(deadlineEnd({ kind: "year", year: 2013 })).toBe("2013-12-31");
  });
  it("gives the end of a range's last point", () => {
    const range = { kind: "range", from: { kind: "month", month: "2012-10" }, to: { kind: "month", month: "2013-01" } } as const;
    expect(deadlineEnd(range)).toBe("2013-01-31");
    expect(deadlineStart(range)).toBe("2012-10-01");
  });
});

describe("deadlineStart", () => {
  it("gives the first covered day at each precision", () => {
    expect(deadlineStart({ kind: "date", date: "2012-11-15" })).toBe("2012-11-15");
    expect(deadlineStart({ kind: "month", month: "2012-03" })).toBe("2012-03-01");
    expect(deadlineStart({ kind: "year", year: 2013 })).toBe("2013-01-01");
  });
});

describe("isOneOffDeadline", () => {
  it("tells recurrences apart", () => {
    expect(isOneOffDeadline({ kind: "year", year: 2013 })).toBe(true);
    expect(isOneOffDeadline({ kind: "recurrence", frequency: "times-per-year", times: 2 })).toBe(false);
  });
});

describe("DeadlineSchema", () => {
  it("rejects a range that ends before it starts, pointing at its end", () => {
    const result = DeadlineSchema.safeParse({
      kind: "range",
      from: { kind: "month", month: "2012-06" },
      to: { kind: "month", month: "2012-05" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["to"]);
  });
  it("accepts a range within one month written at two precisions", () => {
    const result = DeadlineSchema.safeParse({
      kind: "range",
      from: { kind: "date", date: "2012-05-20" },
      to: { kind: "month", month: "2012-05" },
    });
    expect(result.success).toBe(true);
  });
  it("rejects 30 February as a yearly due day but accepts 29 February", () => {
    expect(DeadlineSchema.safeParse({ kind: "recurrence", frequency: "yearly-by", month: 2, day: 30 }).success).toBe(false);
    expect(DeadlineSchema.safeParse({ kind: "recurrence", frequency: "yearly-by", month: 2, day: 29 }).success).toBe(true);
  });
  it("rejects months out of range and unknown kinds", () => {
    expect(DeadlineSchema.safeParse({ kind: "month", month: "2012-13" }).success).toBe(false);
    expect(DeadlineSchema.safeParse({ kind: "week", week: 3 }).success).toBe(false);
  });
});

describe("endDayOfDeadline", () => {
  it("is the day number of the end, for dates, months, years and ranges", () => {
    const year = fc.integer({ min: 1, max: 9999 });
    const month = fc.integer({ min: 1, max: 12 });
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    const point = fc.oneof(
      fc.tuple(year, month).map(([y, m]) => ({ kind: "month" as const, month: `${pad(y, 4)}-${pad(m, 2)}` })),
      year.map((y) => ({ kind: "year" as const, year: y })),
      fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => ({
        kind: "date" as const,
        date: d.toISOString().slice(0, 10),
      })),
    );
    const deadline = fc.oneof(point, fc.tuple(point, point).map(([from, to]) => ({ kind: "range" as const, from, to })));
    fc.assert(fc.property(deadline, (d) => {
      expect(endDayOfDeadline(d)).toBe(dayNumber(endOfDeadline(d)));
    }));
  });
});
