import { describe, expect, it } from "vitest";
import { measureDeadlineState } from "./_measure-deadline.js";

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
