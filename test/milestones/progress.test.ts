import { describe, expect, it } from "vitest";
import { listUpcomingMilestones, scheduleProgress } from "samhandling";
import { deepFreeze } from "../fixtures/action-plan.js";
import { makeMilestone, makePhase, makeSchedule } from "../fixtures/milestones.js";

const schedule = deepFreeze(
  makeSchedule([
    makePhase("del-1", [
      makeMilestone({ id: "a", deadline: { kind: "month", month: "2012-02" }, status: "done", doneOn: "2012-02-10" }),
      makeMilestone({ id: "b", deadline: { kind: "month", month: "2012-02" } }),
      makeMilestone({ id: "c", deadline: { kind: "date", date: "2012-03-10" } }),
    ]),
    makePhase("del-2", [
      makeMilestone({ id: "d", deadline: { kind: "month", month: "2012-03" } }),
      makeMilestone({ id: "e", deadline: { kind: "date", date: "2012-03-01" }, status: "cancelled" }),
      makeMilestone({ id: "f", deadline: { kind: "range", from: { kind: "month", month: "2012-03" }, to: { kind: "month", month: "2012-06" } } }),
    ]),
  ]),
);

describe("listUpcomingMilestones", () => {
  it("lists open milestones due from today to 30 days ahead, soonest first, not overdue or cancelled ones", () => {
    expect(listUpcomingMilestones(schedule, { today: "2012-03-01", dueSoonDays: 30 })).toEqual([
      { phaseId: "del-1", milestoneId: "c", path: ["phases", 0, "milestones", 2], due: "2012-03-10" },
      { phaseId: "del-2", milestoneId: "d", path: ["phases", 1, "milestones", 0], due: "2012-03-31" },
    ]);
  });

  it("includes both ends of the window", () => {
    expect(listUpcomingMilestones(schedule, { today: "2012-03-10", dueSoonDays: 21 }).map((m) => m.milestoneId)).toEqual(["c", "d"]);
    expect(listUpcomingMilestones(schedule, { today: "2012-03-10", dueSoonDays: 20 }).map((m) => m.milestoneId)).toEqual(["c"]);
    expect(listUpcomingMilestones(schedule, { today: "2012-03-11", dueSoonDays: 20 }).map((m) => m.milestoneId)).toEqual(["d"]);
  });

  it("looks 14 days ahead by default, and still reads the deprecated withinDays", () => {
    expect(listUpcomingMilestones(schedule, { today: "2012-03-17" }).map((m) => m.milestoneId)).toEqual(["d"]);
    expect(listUpcomingMilestones(schedule, { today: "2012-03-16" }).map((m) => m.milestoneId)).toEqual([]);
    expect(listUpcomingMilestones(schedule, { today: "2012-03-10", withinDays: 21 }).map((m) => m.milestoneId)).toEqual(["c", "d"]);
    expect(() => listUpcomingMilestones(schedule, { today: "2012-03-10", withinDays: 21, dueSoonDays: 20 })).toThrow(RangeError);
    expect(() => scheduleProgress(schedule, { today: "2012-03-10", withinDays: 21, dueSoonDays: 20 })).toThrow(/dueSoonDays.*withinDays/);
  });

  it("throws RangeError on a broken today", () => {
    expect(() => listUpcomingMilestones(schedule, { today: "" })).toThrow(RangeError);
  });
});

describe("scheduleProgress", () => {
  it("puts each milestone of each phase in exactly one list", () => {
    const progress = scheduleProgress(schedule, { today: "2012-03-01", dueSoonDays: 30 });
    const ids = (items: readonly { milestoneId: string }[]): string[] => items.map((m) => m.milestoneId);
    expect(progress.phases.map((p) => [p.phaseId, p.total, ids(p.done), ids(p.overdue), ids(p.upcoming), ids(p.later), ids(p.cancelled)])).toEqual([
      ["del-1", 3, ["a"], ["b"], ["c"], [], []],
      ["del-2", 3, [], [], ["d"], ["f"], ["e"]],
    ]);
    expect(progress.totals).toEqual({ total: 6, done: 1, overdue: 1, upcoming: 2, later: 1, cancelled: 1 });
  });
});
