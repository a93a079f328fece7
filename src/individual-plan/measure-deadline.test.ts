import { describe, expect, it } from "vitest";
import { measureDeadlineState, measureSince } from "./_measure-deadline.js";

describe("measureDeadlineState", () => {
  it("says when a one-off deadline is overdue or due soon", () => {
    const m = { id: "m-1", deadline: { kind: "date" as const, date: "2025-10-15" } };
    expect(measureDeadlineState(m, "2025-10-16", 14)).toEqual({ overdue: "2025-10-15" });
    expect(measureDeadlineState(m, "2025-10-15", 14)).toEqual({ dueSoon: { due: "2025-10-15", days: 0 } });
    expect(measureDeadlineState(m, "2025-10-01", 14)).toEqual({ dueSoon: { due: "2025-10-15", days: 14 } });
    expect(measureDeadlineState(m, "2025-09-30", 14)).toEqual({});
  });

  it("says nothing for a closed or undated measure", () => {
    expect(measureDeadlineState({ id: "m-1", status: "done", deadline: { kind: "year", year: 2020 } }, "2025-10-01", 14)).toEqual({});
    expect(measureDeadlineState({ id: "m-1" }, "2025-10-01", 14)).toEqual({});
  });

  it("can be both overdue and due soon for a recurrence", () => {
    const m = { id: "m-1", deadline: { kind: "recurrence" as const, frequency: "every" as const, interval: 1, unit: "month" as const } };
    expect(measureDeadlineState(m, "2025-10-20", 14)).toEqual({ overdue: "2025-09-30", dueSoon: { due: "2025-10-31", days: 11 } });
  });
});

describe("measureDeadlineState with a start", () => {
  const weekly = { id: "m-1", deadline: { kind: "recurrence" as const, frequency: "every" as const, interval: 1, unit: "week" as const } };

  it("does not count a period that ended before the start as missed", () => {
    // Wednesday 2025-10-01: the previous ISO week ended on Sunday 2025-09-28.
    expect(measureDeadlineState(weekly, "2025-10-01", 0).overdue).toBe("2025-09-28");
    expect(measureDeadlineState(weekly, "2025-10-01", 0, "2025-09-29").overdue).toBeUndefined();
    expect(measureDeadlineState(weekly, "2025-10-01", 0, "2025-09-28").overdue).toBe("2025-09-28");
  });

  it("is not due soon in a period that ends before the start", () => {
    expect(measureDeadlineState(weekly, "2025-10-01", 14, "2025-10-06")).toEqual({});
    expect(measureDeadlineState(weekly, "2025-10-01", 14, "2025-10-05")).toEqual({ dueSoon: { due: "2025-10-05", days: 4 } });
  });

  it("is due soon only while the current period is not met", () => {
    expect(measureDeadlineState({ ...weekly, carriedOutOn: ["2025-09-24"] }, "2025-10-01", 14)).toEqual({ dueSoon: { due: "2025-10-05", days: 4 } });
    expect(measureDeadlineState({ ...weekly, carriedOutOn: ["2025-09-24", "2025-09-30"] }, "2025-10-01", 14)).toEqual({});
  });

  it("leaves one-off deadlines alone", () => {
    const m = { id: "m-1", deadline: { kind: "date" as const, date: "2025-09-15" } };
    expect(measureDeadlineState(m, "2025-10-01", 14, "2025-10-01")).toEqual({ overdue: "2025-09-15" });
  });
});

describe("measureSince", () => {
  it("takes the measure's start, else the plan's activation, else its creation", () => {
    expect(measureSince({ activatedOn: "2025-02-01", createdOn: "2025-01-01" }, { id: "m", startOn: "2025-06-01" })).toBe("2025-06-01");
    expect(measureSince({ activatedOn: "2025-02-01", createdOn: "2025-01-01" }, { id: "m" })).toBe("2025-02-01");
    expect(measureSince({ createdOn: "2025-01-01" }, { id: "m" })).toBe("2025-01-01");
    expect(measureSince({}, { id: "m" })).toBeUndefined();
  });
});
