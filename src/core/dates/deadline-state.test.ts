import { describe, expect, it } from "vitest";
import type { Recurrence } from "./deadline.js";
import { deadlineState } from "./deadline-state.js";
import { isOverdue } from "./is-overdue.js";

const onDate = (date: string) => ({ kind: "date", date }) as const;
const monthly: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "month" };

describe("deadlineState", () => {
  it("is due soon on the due day itself, and overdue the day after", () => {
    expect(deadlineState(onDate("2025-10-01"), { today: "2025-10-01" })).toEqual({ state: "due-soon", overdue: false, dueSoon: true, due: "2025-10-01", days: 0 });
    expect(deadlineState(onDate("2025-10-01"), { today: "2025-10-02" })).toEqual({
      state: "overdue",
      overdue: true,
      dueSoon: false,
      due: "2025-10-01",
      days: -1,
      missed: "2025-10-01",
    });
  });

  it("is due soon exactly dueSoonDays ahead (14 by default), and open one day more", () => {
    expect(deadlineState(onDate("2025-10-15"), { today: "2025-10-01" }).state).toBe("due-soon");
    expect(deadlineState(onDate("2025-10-16"), { today: "2025-10-01" }).state).toBe("open");
    expect(deadlineState(onDate("2025-10-08"), { today: "2025-10-01", dueSoonDays: 7 }).state).toBe("due-soon");
    expect(deadlineState(onDate("2025-10-09"), { today: "2025-10-01", dueSoonDays: 7 })).toMatchObject({ state: "open", days: 8 });
    expect(deadlineState(onDate("2025-10-01"), { today: "2025-10-01", dueSoonDays: 0 }).state).toBe("due-soon");
    expect(deadlineState(onDate("2025-10-02"), { today: "2025-10-01", dueSoonDays: 0 }).state).toBe("open");
  });

  it("reads a month or a year by its last day, and a range by its end", () => {
    expect(deadlineState({ kind: "month", month: "2024-02" }, { today: "2024-02-29" }).state).toBe("due-soon");
    expect(deadlineState({ kind: "month", month: "2024-02" }, { today: "2024-03-01" }).missed).toBe("2024-02-29");
    expect(deadlineState({ kind: "year", year: 2025 }, { today: "2025-12-17" }).state).toBe("due-soon");
    expect(deadlineState({ kind: "year", year: 2025 }, { today: "2025-12-16" }).state).toBe("open");
    const range = { kind: "range", from: onDate("2025-01-01"), to: { kind: "month", month: "2025-03" } } as const;
    expect(deadlineState(range, { today: "2025-04-01" }).state).toBe("overdue");
  });

  it("is done, never overdue or due, once the work is done", () => {
    expect(deadlineState(onDate("2025-09-01"), { today: "2025-10-01", done: true }).state).toBe("done");
    expect(deadlineState(onDate("2025-10-02"), { today: "2025-10-01", done: ["2025-09-30"] })).toMatchObject({ state: "done", dueSoon: false });
    expect(deadlineState(onDate("2025-09-01"), { today: "2025-10-01", done: [] }).state).toBe("overdue");
    expect(deadlineState(monthly, { today: "2025-10-01", done: true })).toMatchObject({ state: "done", overdue: false, dueSoon: false });
  });

  it("judges a recurrence by its previous period and its next due day, both at once", () => {
    const missedSeptember = deadlineState(monthly, { today: "2025-10-20", done: ["2025-08-05"] });
    expect(missedSeptember).toEqual({ state: "overdue", overdue: true, dueSoon: true, due: "2025-10-31", days: 11, missed: "2025-09-30" });
    expect(deadlineState(monthly, { today: "2025-10-16", done: ["2025-09-05"] })).toMatchObject({ state: "open", due: "2025-10-31", days: 15 });
    expect(deadlineState(monthly, { today: "2025-10-17", done: ["2025-09-05"] })).toMatchObject({ state: "due-soon", days: 14 });
    // Met this month: the next due day is the end of next month.
    expect(deadlineState(monthly, { today: "2025-10-20", done: ["2025-09-05", "2025-10-02"], dueSoonDays: 41 })).toMatchObject({
      state: "due-soon",
      due: "2025-11-30",
      days: 41,
    });
    expect(deadlineState(monthly, { today: "2025-10-20", done: ["2025-09-05", "2025-10-02"], dueSoonDays: 40 }).state).toBe("open");
  });

  it("never counts a period that ends before since", () => {
    expect(deadlineState(monthly, { today: "2025-10-20", since: "2025-09-30" }).overdue).toBe(true);
    expect(deadlineState(monthly, { today: "2025-10-20", since: "2025-10-01" }).overdue).toBe(false);
    expect(deadlineState(monthly, { today: "2025-10-20", since: "2025-11-01", dueSoonDays: 30 }).dueSoon).toBe(false);
    expect(deadlineState(monthly, { today: "2025-10-20", since: "2025-10-31", dueSoonDays: 30 }).dueSoon).toBe(true);
  });

  it("gives isOverdue its answer", () => {
    for (const today of ["2025-10-01", "2025-10-02"]) {
      expect(isOverdue(onDate("2025-10-01"), { today })).toBe(deadlineState(onDate("2025-10-01"), { today }).overdue);
      expect(isOverdue(monthly, { today, done: ["2025-08-30"] })).toBe(deadlineState(monthly, { today, done: ["2025-08-30"] }).overdue);
    }
  });

  it("reads a Date today as its local calendar day", () => {
    expect(deadlineState(onDate("2025-10-01"), { today: new Date(2025, 9, 1, 23, 59) }).days).toBe(0);
    expect(deadlineState(onDate("2025-10-01"), { today: new Date(2025, 9, 2, 0, 1) }).days).toBe(-1);
  });

  it("refuses bad options with an error naming them", () => {
    expect(() => deadlineState(onDate("2025-10-01"), { today: "1.10.2025" })).toThrow(RangeError);
    expect(() => deadlineState(onDate("2025-10-01"), { today: "2025-10-01", dueSoonDays: 3661 })).toThrow(/dueSoonDays/);
    expect(() => deadlineState(onDate("2025-10-01"), { today: "2025-10-01", since: "2025-13-01" })).toThrow(/since/);
    expect(() => deadlineState(onDate("2025-10-01"), { today: "2025-10-01", done: "yes" as never })).toThrow(TypeError);
    expect(() => deadlineState({ kind: "date", date: "2025-02-30" }, { today: "2025-10-01" })).toThrow(TypeError);
  });
});
