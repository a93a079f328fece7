import { describe, expect, it } from "vitest";
import { actionPlanProgress } from "samhandling";
import { deepFreeze, makeActionPlan, makeRow } from "../fixtures/action-plan.js";

describe("actionPlanProgress", () => {
  const plan = deepFreeze(
    makeActionPlan([
      makeRow({ id: "late", deadline: { kind: "month", month: "2012-10" } }),
      makeRow({ id: "soon", deadline: { kind: "date", date: "2012-12-10" } }),
      makeRow({ id: "later", deadline: { kind: "year", year: 2013 } }),
      makeRow({ id: "older", deadline: { kind: "date", date: "2012-09-01" }, status: "postponed" }),
      makeRow({ id: "open", deadline: undefined, status: "not-started" }),
      makeRow({ id: "done", status: "done", doneOn: "2012-11-01" }),
      makeRow({ id: "dropped", status: "cancelled", deadline: { kind: "date", date: "2012-01-01" } }),
      makeRow({ id: "yearly", deadline: { kind: "recurrence", frequency: "yearly-by", month: 12, day: 1 } }),
    ]),
  );

  it("counts rows by status and lists overdue (oldest first) and upcoming (soonest first) rows", () => {
    const progress = actionPlanProgress(plan, { today: "2012-11-20", dueSoonDays: 30 });
    expect(progress.total).toBe(8);
    expect(progress.byStatus).toEqual({ done: 1, "in-progress": 4, planned: 0, "not-started": 1, postponed: 1, cancelled: 1 });
    expect(progress.overdue.map((item) => [item.rowId, item.due])).toEqual([
      ["older", "2012-09-01"],
      ["late", "2012-10-31"],
    ]);
    expect(progress.upcoming.map((item) => [item.rowId, item.due, item.recurring])).toEqual([
      ["yearly", "2012-12-01", true],
      ["soon", "2012-12-10", false],
    ]);
    expect(progress.undated).toEqual(["open"]);
  });

  it("moves a row from upcoming to overdue the day after it is due", () => {
    expect(actionPlanProgress(plan, { today: "2012-12-10" }).upcoming.map((i) => i.rowId)).toContain("soon");
    expect(actionPlanProgress(plan, { today: "2012-12-11" }).overdue.map((i) => i.rowId)).toContain("soon");
  });

  it("takes the window from dueSoonDays", () => {
    expect(actionPlanProgress(plan, { today: "2012-11-20", dueSoonDays: 11 }).upcoming.map((i) => i.rowId)).toEqual(["yearly"]);
    expect(actionPlanProgress(plan, { today: "2012-11-20", dueSoonDays: 20 }).upcoming.map((i) => i.rowId)).toEqual(["yearly", "soon"]);
  });

  it("still reads the deprecated withinDays, and refuses it when it differs from dueSoonDays", () => {
    expect(actionPlanProgress(plan, { today: "2012-11-20", withinDays: 11 }).upcoming.map((i) => i.rowId)).toEqual(["yearly"]);
    expect(actionPlanProgress(plan, { today: "2012-11-20", withinDays: 20, dueSoonDays: 20 }).upcoming.map((i) => i.rowId)).toEqual(["yearly", "soon"]);
    expect(() => actionPlanProgress(plan, { today: "2012-11-20", withinDays: 20, dueSoonDays: 11 })).toThrow(RangeError);
    expect(() => actionPlanProgress(plan, { today: "2012-11-20", withinDays: 20, dueSoonDays: 11 })).toThrow(/dueSoonDays.*withinDays/);
  });

  it("looks 14 days ahead by default, as every concept does", () => {
    expect(actionPlanProgress(plan, { today: "2012-11-26" }).upcoming.map((i) => i.rowId)).toEqual(["yearly", "soon"]);
    expect(actionPlanProgress(plan, { today: "2012-11-25" }).upcoming.map((i) => i.rowId)).toEqual(["yearly"]);
  });

  it("throws RangeError on a broken today or dueSoonDays", () => {
    expect(() => actionPlanProgress(plan, { today: "20.11.2012" })).toThrow(RangeError);
    expect(() => actionPlanProgress(plan, { today: "2012-11-20", dueSoonDays: Number.NaN })).toThrow(RangeError);
  });
});
