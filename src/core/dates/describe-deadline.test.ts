import { describe, expect, it } from "vitest";
import { describeDeadline } from "./describe-deadline.js";

describe("describeDeadline", () => {
  it("writes each precision in bokmål by default", () => {
    expect(describeDeadline({ kind: "date", date: "2012-11-15" })).toBe("15. november 2012");
    expect(describeDeadline({ kind: "month", month: "2012-03" })).toBe("mars 2012");
    expect(describeDeadline({ kind: "year", year: 2013 })).toBe("2013");
  });
  it("writes ranges and recurrences in each locale", () => {
    const range = { kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } } as const;
    expect(describeDeadline(range, "en")).toBe("May 2012 – June 2012");
    expect(describeDeadline({ kind: "recurrence", frequency: "times-per-year", times: 2 }, "nn")).toBe("2 gonger i året");
    expect(describeDeadline({ kind: "recurrence", frequency: "times-per-year", times: 2 }, "en")).toBe("twice a year");
    expect(describeDeadline({ kind: "recurrence", frequency: "every", interval: 1, unit: "week" }, "nb")).toBe("hver uke");
    expect(describeDeadline({ kind: "recurrence", frequency: "every", interval: 3, unit: "month" }, "en")).toBe("every 3 months");
    expect(describeDeadline({ kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 }, "en")).toBe("by 1 May every year");
  });
});
