import { describe, expect, it } from "vitest";
import type { MilestoneDeadline, MilestoneSchedule } from "./schema.js";
import { shiftSchedule } from "./shift-schedule.js";

const scheduleWith = (...deadlines: MilestoneDeadline[]): MilestoneSchedule => ({
  kind: "milestone-schedule",
  id: "s",
  title: "Milepælsplan",
  phases: [
    {
      id: "del-1",
      title: "Del 1",
      milestones: deadlines.map((deadline, i) => ({ id: `m${i}`, title: "Milepæl", deadline, deadlineText: "som skrive", status: "planned" as const })),
    },
  ],
});
const deadlinesOf = (schedule: MilestoneSchedule): MilestoneDeadline[] => schedule.phases.flatMap((p) => p.milestones.map((m) => m.deadline));
const shifted = (months: number, ...deadlines: MilestoneDeadline[]): MilestoneDeadline[] =>
  deadlinesOf(shiftSchedule(scheduleWith(...deadlines), { months }));
const month = (value: string): MilestoneDeadline => ({ kind: "month", month: value });
const date = (value: string): MilestoneDeadline => ({ kind: "date", date: value });

describe("shiftSchedule", () => {
  it("keeps a month a month, across year ends both ways", () => {
    expect(shifted(2, month("2012-03"))).toEqual([month("2012-05")]);
    expect(shifted(11, month("2012-03"))).toEqual([month("2013-02")]);
    expect(shifted(-3, month("2012-02"))).toEqual([month("2011-11")]);
  });

  it("moves both ends of a range", () => {
    const range: MilestoneDeadline = { kind: "range", from: { kind: "month", month: "2011-11" }, to: { kind: "month", month: "2012-02" } };
    expect(shifted(3, range)).toEqual([{ kind: "range", from: { kind: "month", month: "2012-02" }, to: { kind: "month", month: "2012-05" } }]);
  });

  it("moves a year by whole years, rounding half a year and more away from zero", () => {
    const year: MilestoneDeadline = { kind: "year", year: 2013 };
    expect(shifted(5, year)).toEqual([year]);
    expect(shifted(6, year)).toEqual([{ kind: "year", year: 2014 }]);
    expect(shifted(-6, year)).toEqual([{ kind: "year", year: 2012 }]);
    expect(shifted(17, year)).toEqual([{ kind: "year", year: 2014 }]);
    expect(shifted(18, year)).toEqual([{ kind: "year", year: 2015 }]);
  });

  it("clamps an exact date to the end of a shorter month, so n then -n may not give it back", () => {
    expect(shifted(1, date("2013-01-31"))).toEqual([date("2013-02-28")]);
    expect(shifted(1, date("2012-01-31"))).toEqual([date("2012-02-29")]);
    expect(shifted(-1, ...shifted(1, date("2013-01-31")))).toEqual([date("2013-01-28")]);
    expect(shifted(-1, ...shifted(1, date("2013-01-28")))).toEqual([date("2013-01-28")]);
  });

  it("widens a year beside a finer point rather than letting a range end before it starts", () => {
    const mixed: MilestoneDeadline = { kind: "range", from: { kind: "month", month: "2013-12" }, to: { kind: "year", year: 2013 } };
    expect(shifted(1, mixed)).toEqual([{ kind: "range", from: { kind: "month", month: "2014-01" }, to: { kind: "year", year: 2014 } }]);
  });

  it("leaves done milestones as they were and drops the now stale deadlineText of shifted ones", () => {
    const schedule = scheduleWith(month("2012-03"), month("2012-04"));
    const withDone: MilestoneSchedule = {
      ...schedule,
      phases: schedule.phases.map((p) => ({ ...p, milestones: p.milestones.map((m, i) => (i === 0 ? { ...m, status: "done" as const, doneOn: "2012-03-05" } : m)) })),
    };
    const result = shiftSchedule(Object.freeze(withDone), { months: 1 });
    expect(result.phases[0]?.milestones[0]).toBe(withDone.phases[0]?.milestones[0]);
    expect(result.phases[0]?.milestones[1]).toEqual({ id: "m1", title: "Milepæl", deadline: month("2012-05"), status: "planned" });
    expect(withDone.phases[0]?.milestones[1]?.deadline).toEqual(month("2012-04"));
  });

  it("throws RangeError for a fractional shift or one that leaves the years a deadline may have", () => {
    expect(() => shiftSchedule(scheduleWith(month("2012-03")), { months: 1.5 })).toThrow(RangeError);
    expect(() => shiftSchedule(scheduleWith({ kind: "year", year: 2200 }), { months: 12 })).toThrow(RangeError);
    expect(() => shiftSchedule(scheduleWith(month("9999-12")), { months: 1 })).toThrow(RangeError);
    expect(() => shiftSchedule(scheduleWith(date("0000-01-15")), { months: -1 })).toThrow(RangeError);
  });
});
