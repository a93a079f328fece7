import { describe, expect, it } from "vitest";
import { checkMilestoneSchedule, type Finding, type MilestoneCheckOptions, type MilestoneSchedule } from "samhandling";
import { deepFreeze } from "../fixtures/action-plan.js";
import { makeLargeSchedule, makeMilestone, makePhase, makeSchedule, scheduleOf } from "../fixtures/milestones.js";

// The window these tests were written for: 30 days (the default is 14 since the one due window).
const check = (schedule: MilestoneSchedule, today: string, options: Partial<MilestoneCheckOptions> = {}): Finding[] =>
  checkMilestoneSchedule(deepFreeze(schedule), { today, dueSoonDays: 30, ...options });
const coded = (findings: readonly Finding[], code: string): [string, Finding["params"]][] =>
  findings.filter((f) => f.code === code).map((f) => [f.path.join("."), f.params]);

const APRIL = { kind: "month", month: "2012-04" } as const;

describe("checkMilestoneSchedule", () => {
  it("finds nothing in a schedule with nothing due", () => {
    expect(check(scheduleOf(makeMilestone()), "2012-01-15")).toEqual([]);
  });

  describe("milestones/overdue", () => {
    it("flags a month milestone the day after the month ends, not on its last day", () => {
      expect(coded(check(scheduleOf(makeMilestone()), "2012-03-31"), "milestones/overdue")).toEqual([]);
      expect(coded(check(scheduleOf(makeMilestone()), "2012-04-01"), "milestones/overdue")).toEqual([
        ["phases.0.milestones.0.deadline", { id: "1.2", due: "2012-03-31" }],
      ]);
    });

    it("reads a range as due by the end of its last month and a year by 31 December", () => {
      const schedule = scheduleOf(
        makeMilestone({ id: "r", deadline: { kind: "range", from: { kind: "month", month: "2011-11" }, to: { kind: "month", month: "2012-02" } } }),
        makeMilestone({ id: "y", deadline: { kind: "year", year: 2012 } }),
      );
      expect(coded(check(schedule, "2012-02-29"), "milestones/overdue")).toEqual([]);
      expect(coded(check(schedule, "2012-03-01"), "milestones/overdue").map(([, p]) => p?.["id"])).toEqual(["r"]);
      expect(coded(check(schedule, "2012-12-31"), "milestones/overdue").map(([, p]) => p?.["id"])).toEqual(["r"]);
      expect(coded(check(schedule, "2013-01-01"), "milestones/overdue").map(([, p]) => p?.["id"])).toEqual(["r", "y"]);
    });

    it("stays silent for done and cancelled milestones", () => {
      const schedule = scheduleOf(makeMilestone({ id: "a", status: "done", doneOn: "2012-03-20" }), makeMilestone({ id: "b", status: "cancelled" }));
      expect(check(schedule, "2012-06-01")).toEqual([]);
    });
  });

  describe("milestones/due-soon", () => {
    it("flags an open milestone due within 30 days, today included", () => {
      expect(coded(check(scheduleOf(makeMilestone()), "2012-02-29"), "milestones/due-soon")).toEqual([]);
      expect(coded(check(scheduleOf(makeMilestone()), "2012-03-01"), "milestones/due-soon")).toEqual([
        ["phases.0.milestones.0.deadline", { id: "1.2", due: "2012-03-31", days: 30 }],
      ]);
      expect(coded(check(scheduleOf(makeMilestone()), "2012-03-31"), "milestones/due-soon")).toHaveLength(1);
      expect(check(scheduleOf(makeMilestone()), "2012-03-31")[0]?.severity).toBe("info");
    });

    it("takes the window from dueSoonDays and stays silent for done milestones", () => {
      expect(coded(check(scheduleOf(makeMilestone()), "2012-03-20", { dueSoonDays: 10 }), "milestones/due-soon")).toEqual([]);
      expect(coded(check(scheduleOf(makeMilestone()), "2012-03-21", { dueSoonDays: 10 }), "milestones/due-soon")).toHaveLength(1);
      expect(check(scheduleOf(makeMilestone({ status: "done", doneOn: "2012-03-01" })), "2012-03-21")).toEqual([]);
    });
  });

  describe("milestones/dependency-not-done", () => {
    const pair = (first: object, second: object): MilestoneSchedule =>
      scheduleOf(makeMilestone({ id: "a", ...first }), makeMilestone({ id: "b", dependsOn: ["a"], ...second }));
    const DONE = { status: "done", doneOn: "2012-03-10" } as const;

    it("flags a milestone done while what it depends on is not", () => {
      expect(coded(check(pair({ status: "in-progress" }, DONE), "2012-03-15"), "milestones/dependency-not-done")).toEqual([
        ["phases.0.milestones.1.dependsOn.0", { id: "b", dependsOn: "a" }],
      ]);
    });

    it("flags a milestone done on a day before what it depends on was done, not on the same day", () => {
      expect(coded(check(pair({ status: "done", doneOn: "2012-03-11" }, DONE), "2012-03-15"), "milestones/dependency-not-done")).toHaveLength(1);
      expect(coded(check(pair({ status: "done", doneOn: "2012-03-10" }, DONE), "2012-03-15"), "milestones/dependency-not-done")).toEqual([]);
      expect(coded(check(pair({ status: "done" }, DONE), "2012-03-15"), "milestones/dependency-not-done")).toEqual([]);
    });

    it("stays silent when the dependency is cancelled or the milestone is not done", () => {
      expect(coded(check(pair({ status: "cancelled" }, DONE), "2012-03-15"), "milestones/dependency-not-done")).toEqual([]);
      expect(coded(check(pair({ status: "planned" }, { status: "in-progress" }), "2012-03-15"), "milestones/dependency-not-done")).toEqual([]);
    });
  });

  describe("milestones/dependency-after", () => {
    it("flags an open milestone due before an open milestone it depends on is due", () => {
      const schedule = scheduleOf(makeMilestone({ id: "a", deadline: APRIL }), makeMilestone({ id: "b", dependsOn: ["a"] }));
      expect(coded(check(schedule, "2012-01-01"), "milestones/dependency-after")).toEqual([
        ["phases.0.milestones.1.dependsOn.0", { id: "b", due: "2012-03-31", dependsOn: "a", dependencyDue: "2012-04-30" }],
      ]);
    });

    it("stays silent when both are due the same day, or either is done", () => {
      const same = scheduleOf(makeMilestone({ id: "a" }), makeMilestone({ id: "b", dependsOn: ["a"] }));
      expect(coded(check(same, "2012-01-01"), "milestones/dependency-after")).toEqual([]);
      const done = scheduleOf(makeMilestone({ id: "a", deadline: APRIL, status: "done", doneOn: "2012-01-01" }), makeMilestone({ id: "b", dependsOn: ["a"] }));
      expect(coded(check(done, "2012-01-01"), "milestones/dependency-after")).toEqual([]);
    });
  });

  describe("milestones/done-in-future", () => {
    it("flags a doneOn after today as an error, and not on the day itself", () => {
      const schedule = scheduleOf(makeMilestone({ status: "done", doneOn: "2012-03-20" }));
      expect(check(schedule, "2012-03-20")).toEqual([]);
      expect(check(schedule, "2012-03-19").map((f) => [f.code, f.severity, f.path.join(".")])).toEqual([
        ["milestones/done-in-future", "error", "phases.0.milestones.0.doneOn"],
      ]);
    });
  });

  describe("milestones/empty-phase", () => {
    it("flags a phase with no milestones", () => {
      const schedule = makeSchedule([makePhase("del-1", [makeMilestone()]), makePhase("del-2", [])]);
      expect(check(schedule, "2012-01-01").map((f) => [f.code, f.path.join("."), f.params])).toEqual([
        ["milestones/empty-phase", "phases.1.milestones", { phase: "del-2" }],
      ]);
    });
  });

  describe("milestones/duplicate-id", () => {
    it("flags a milestone id used again in any phase, and a phase id used again", () => {
      const schedule = makeSchedule([
        makePhase("del-1", [makeMilestone({ id: "x" })]),
        makePhase("del-1", [makeMilestone({ id: "y" }), makeMilestone({ id: "x" })]),
      ]);
      expect(coded(check(schedule, "2012-01-01"), "milestones/duplicate-id")).toEqual([
        ["phases.1.id", { id: "del-1" }],
        ["phases.1.milestones.1.id", { id: "x" }],
      ]);
    });
  });

  describe("milestones/unknown-dependency", () => {
    it("flags a dependency on an id no milestone has", () => {
      const schedule = scheduleOf(makeMilestone({ id: "a", dependsOn: ["a0", "b"] }), makeMilestone({ id: "b" }));
      expect(coded(check(schedule, "2012-01-01"), "milestones/unknown-dependency")).toEqual([
        ["phases.0.milestones.0.dependsOn.0", { id: "a", dependsOn: "a0" }],
      ]);
    });
  });

  describe("milestones/dependency-cycle", () => {
    it("flags a milestone that depends on itself", () => {
      expect(coded(check(scheduleOf(makeMilestone({ id: "a", dependsOn: ["a"] })), "2012-01-01"), "milestones/dependency-cycle")).toEqual([
        ["phases.0.milestones.0.dependsOn.0", { id: "a", dependsOn: "a" }],
      ]);
    });

    it("flags a cycle through several milestones and phases once", () => {
      const schedule = makeSchedule([
        makePhase("del-1", [makeMilestone({ id: "a", dependsOn: ["c"] })]),
        makePhase("del-2", [makeMilestone({ id: "b", dependsOn: ["a"] }), makeMilestone({ id: "c", dependsOn: ["b"] })]),
      ]);
      expect(coded(check(schedule, "2012-01-01"), "milestones/dependency-cycle")).toEqual([
        ["phases.1.milestones.0.dependsOn.0", { id: "b", dependsOn: "a" }],
      ]);
    });

    it("stays silent for a diamond (two paths to one milestone)", () => {
      const schedule = scheduleOf(
        makeMilestone({ id: "a" }),
        makeMilestone({ id: "b", dependsOn: ["a"] }),
        makeMilestone({ id: "c", dependsOn: ["a"] }),
        makeMilestone({ id: "d", dependsOn: ["b", "c"] }),
      );
      expect(check(schedule, "2012-01-01")).toEqual([]);
    });

    it("handles a chain of 100 000 milestones closed into one cycle without overflowing the stack", () => {
      const count = 100_000;
      const milestones = Array.from({ length: count }, (_, i) => makeMilestone({ id: `m${i}`, dependsOn: [`m${(i + 1) % count}`] }));
      expect(coded(check(scheduleOf(...milestones), "2012-01-01"), "milestones/dependency-cycle")).toEqual([
        [`phases.0.milestones.${count - 1}.dependsOn.0`, { id: `m${count - 1}`, dependsOn: "m0" }],
      ]);
    });
  });

  it("checks a large schedule with dependencies and finds only what its dates say", () => {
    const findings = check(makeLargeSchedule(300), "2022-01-15");
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["milestones/overdue", "milestones/due-soon"]));
  });

  it("applies rule overrides and throws RangeError on a broken today or dueSoonDays", () => {
    const schedule = scheduleOf(makeMilestone());
    expect(check(schedule, "2012-04-01", { rules: { "milestones/overdue": "off" } })).toEqual([]);
    expect(check(schedule, "2012-04-01", { rules: { "milestones/overdue": "error" } })[0]?.severity).toBe("error");
    expect(() => check(schedule, "2012-02-30")).toThrow(RangeError);
    expect(() => check(schedule, "2012-04-01", { dueSoonDays: -3 })).toThrow(RangeError);
  });
});
