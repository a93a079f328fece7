import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkMilestoneSchedule,
  type Milestone,
  type MilestoneDeadline,
  type MilestoneSchedule,
  MilestoneScheduleSchema,
  shiftSchedule,
  validateMilestoneSchedule,
} from "samhandling";
import { deepFreeze, mutateJson, readSampleData } from "../fixtures/action-plan.js";
import { makeMilestone, makePhase, makeSchedule } from "../fixtures/milestones.js";

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");
const yearMonth = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }));
const month = yearMonth.map(([y, m]) => `${pad(y, 4)}-${pad(m)}`);
const day = fc.tuple(yearMonth, fc.integer({ min: 1, max: 31 })).map(([[y, m], d]) => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, last))}`;
});
const nearDay = fc
  .tuple(fc.integer({ min: 2011, max: 2014 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);

const monthDeadline = month.map((m): MilestoneDeadline => ({ kind: "month", month: m }));
const yearDeadline = fc.integer({ min: 1900, max: 2100 }).map((year): MilestoneDeadline => ({ kind: "year", year }));
const monthRange = fc.tuple(month, month).map(([a, b]): MilestoneDeadline => ({
  kind: "range",
  from: { kind: "month", month: a < b ? a : b },
  to: { kind: "month", month: a < b ? b : a },
}));
const months = fc.integer({ min: -240, max: 240 });

const scheduleOfDeadlines = (deadlines: readonly MilestoneDeadline[], done: readonly boolean[] = []): MilestoneSchedule =>
  makeSchedule([
    makePhase(
      "del-1",
      deadlines.map((deadline, i) => makeMilestone({ id: `m${i}`, deadline, ...(done[i] ? { status: "done", doneOn: "2012-01-01" } : {}) })),
    ),
  ]);
const deadlinesOf = (schedule: MilestoneSchedule): MilestoneDeadline[] => schedule.phases.flatMap((p) => p.milestones.map((m) => m.deadline));

describe("shiftSchedule (properties)", () => {
  it("by n and then by -n returns the original month, year and month-range deadlines", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(monthDeadline, yearDeadline, monthRange), { minLength: 1, maxLength: 8 }), months, (deadlines, n) => {
        const schedule = deepFreeze(scheduleOfDeadlines(deadlines));
        expect(deadlinesOf(shiftSchedule(shiftSchedule(schedule, { months: n }), { months: -n }))).toEqual(deadlines);
      }),
    );
  });

  it("keeps each deadline's precision and never moves a done milestone", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(monthDeadline, yearDeadline, monthRange), fc.boolean()), { minLength: 1, maxLength: 8 }), months, (pairs, n) => {
        const deadlines = pairs.map(([deadline]) => deadline);
        const done = pairs.map(([, isDone]) => isDone);
        const shifted = deadlinesOf(shiftSchedule(deepFreeze(scheduleOfDeadlines(deadlines, done)), { months: n }));
        shifted.forEach((deadline, i) => {
          expect(deadline.kind).toBe(deadlines[i]?.kind);
          if (done[i]) expect(deadline).toEqual(deadlines[i]);
        });
      }),
    );
  });

  it("gives back an exact date on the 1st to the 28th; a later day comes back in its month, no later than it was", () => {
    fc.assert(
      fc.property(day, months, (date, n) => {
        const deadline: MilestoneDeadline = { kind: "date", date };
        const [back] = deadlinesOf(shiftSchedule(shiftSchedule(deepFreeze(scheduleOfDeadlines([deadline])), { months: n }), { months: -n }));
        if (back?.kind !== "date") throw new Error("precision lost");
        if (Number(date.slice(8)) <= 28) expect(back.date).toBe(date);
        else {
          expect(back.date.slice(0, 7)).toBe(date.slice(0, 7));
          expect(back.date <= date).toBe(true);
        }
      }),
    );
  });
});

const milestone: fc.Arbitrary<Milestone> = fc.record(
  {
    id: fc.constantFrom("a", "b", "c", "d", "e"),
    title: fc.constant("Milepæl"),
    deadline: fc.oneof(
      nearDay.map((date): MilestoneDeadline => ({ kind: "date", date })),
      nearDay.map((d): MilestoneDeadline => ({ kind: "month", month: d.slice(0, 7) })),
      fc.integer({ min: 2011, max: 2014 }).map((year): MilestoneDeadline => ({ kind: "year", year })),
    ),
    status: fc.constantFrom("done", "in-progress", "planned", "not-started", "postponed", "cancelled"),
    doneOn: nearDay,
    dependsOn: fc.array(fc.constantFrom("a", "b", "c", "d", "e", "x"), { maxLength: 3 }),
  },
  { requiredKeys: ["id", "title", "deadline", "status"] },
);
const schedule: fc.Arbitrary<MilestoneSchedule> = fc
  .array(fc.tuple(fc.constantFrom("del-1", "del-2", "del-3"), fc.array(milestone, { maxLength: 4 })), { maxLength: 4 })
  .map((phases) => makeSchedule(phases.map(([id, milestones]) => makePhase(id, milestones))));

const seed = readSampleData("coordination-project-milestones.json");

describe("validateMilestoneSchedule (properties)", () => {
  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(validateMilestoneSchedule(deepFreeze(input), { today: "2012-07-01" }).ok).toBe(false);
      }),
    );
  });

  it("never throws on a mutated valid schedule, and never changes the frozen input", () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (pick, replacement, remove) => {
        const input = deepFreeze(mutateJson(seed, pick, replacement, remove));
        const before = JSON.stringify(input);
        expect(Array.isArray(validateMilestoneSchedule(input, { today: "2012-07-01", locale: "en" }).findings)).toBe(true);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("on any schema-valid schedule (duplicate ids, unknown ids, cycles) gives the findings of checkMilestoneSchedule", () => {
    fc.assert(
      fc.property(schedule, nearDay, (generated, today) => {
        const input = deepFreeze(generated);
        const before = JSON.stringify(input);
        expect(MilestoneScheduleSchema.safeParse(input).success).toBe(true);
        expect(validateMilestoneSchedule(input, { today }).findings).toEqual(checkMilestoneSchedule(input, { today }));
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
