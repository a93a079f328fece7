// The coordination project's milestone plan (seed 002, appendix 1) as sample data: what the checks say on chosen days.
import { describe, expect, it } from "vitest";
import { checkMilestoneSchedule, listUpcomingMilestones, parseDeadline, scheduleProgress, validateMilestoneSchedule } from "samhandling";
import { deepFreeze, readSampleData } from "../fixtures/action-plan.js";
import { seedMilestoneSchedule } from "../fixtures/milestones.js";

const schedule = deepFreeze(seedMilestoneSchedule());
const overdueIds = (today: string): string[] =>
  checkMilestoneSchedule(schedule, { today }).flatMap((f) => (f.code === "milestones/overdue" ? [String(f.params?.["id"])] : []));

describe("the coordination project's milestone plan sample", () => {
  it("is valid, in three parts of 3, 5 and 4 milestones, with nothing marked done", () => {
    expect(validateMilestoneSchedule(readSampleData("coordination-project-milestones.json"), { today: "2011-10-01" })).toMatchObject({
      ok: true,
      findings: [],
    });
    expect(schedule.phases.map((phase) => [phase.id, phase.milestones.length])).toEqual([
      ["del-1", 3],
      ["del-2", 5],
      ["del-3", 4],
    ]);
    expect(schedule.phases.flatMap((p) => p.milestones).every((m) => m.status === "planned")).toBe(true);
  });

  it("keeps the deadlines as written, and parseDeadline(deadlineText) gives the stored deadline", () => {
    for (const milestone of schedule.phases.flatMap((p) => p.milestones)) {
      expect(parseDeadline(milestone.deadlineText)).toEqual({ ok: true, deadline: milestone.deadline });
    }
  });

  it("on 2012-07-01 has every milestone due by June 2012 overdue, and not the October ones", () => {
    expect(overdueIds("2012-07-01")).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]);
    const october = schedule.phases.flatMap((p) => p.milestones).filter((m) => m.deadlineText?.startsWith("Oktober"));
    expect(october.map((m) => m.id)).toEqual(["2.4", "2.5", "3.1"]);
    expect(checkMilestoneSchedule(schedule, { today: "2012-07-01", dueSoonDays: 30 }).map((f) => f.code)).not.toContain("milestones/due-soon");
  });

  it("on 2012-06-30 still has the May–June workshop in time", () => {
    expect(overdueIds("2012-06-30")).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2"]);
  });

  it("on 2012-10-01 lists the October milestones as coming", () => {
    expect(listUpcomingMilestones(schedule, { today: "2012-10-01", dueSoonDays: 30 }).map((m) => [m.milestoneId, m.due])).toEqual([
      ["2.4", "2012-10-31"],
      ["2.5", "2012-10-31"],
    ]);
  });

  it("on 2013-01-15 shows per phase what is overdue, coming and later", () => {
    const progress = scheduleProgress(schedule, { today: "2013-01-15", dueSoonDays: 30 });
    expect(progress.phases.map((p) => [p.phaseId, p.overdue.length, p.upcoming.map((m) => m.milestoneId), p.later.map((m) => m.milestoneId)])).toEqual([
      ["del-1", 3, [], []],
      ["del-2", 5, [], []],
      ["del-3", 0, ["3.1"], ["3.2", "3.3", "3.4"]],
    ]);
    expect(progress.totals).toEqual({ total: 12, done: 0, overdue: 8, upcoming: 1, later: 3, cancelled: 0 });
  });
});
