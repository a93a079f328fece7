import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOfDay, dayNumber, dayNumberOf } from "./day-number.js";
import type { Recurrence } from "./deadline.js";
import { periodContaining, recurrenceStatus } from "./recurrence.js";
import { recurrenceState } from "./_recurrence-state.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constant("recurrence" as const), frequency: fc.constant("times-per-year" as const), times: fc.integer({ min: 1, max: 366 }) }),
  fc.record({
    kind: fc.constant("recurrence" as const),
    frequency: fc.constant("every" as const),
    interval: fc.integer({ min: 1, max: 26 }),
    unit: fc.constantFrom("week" as const, "month" as const),
  }),
  fc.record({
    kind: fc.constant("recurrence" as const),
    frequency: fc.constant("yearly-by" as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({
    kind: fc.constant("recurrence" as const),
    frequency: fc.constant("times-per" as const),
    times: fc.integer({ min: 1, max: 28 }),
    per: fc.constantFrom("month" as const, "quarter" as const, "half-year" as const),
  }),
);
const day = fc.integer({ min: dayNumberOf(2008, 1, 1), max: dayNumberOf(2016, 12, 31) });
const started = fc.tuple(recurrence, fc.option(day, { nil: undefined })).map(([r, starts]): Recurrence =>
  starts === undefined ? r : { ...r, starts: dateOfDay(starts) },
);

/** The state found by walking period by period from a day well before today, as a reference. */
function walkedState(r: Recurrence, today: number, done: readonly number[]) {
  const periodOf = (d: number) => {
    const p = periodContaining(r, dateOfDay(d));
    return { start: dayNumber(p.start), end: dayNumber(p.end) };
  };
  const starts = r.starts === undefined ? undefined : dayNumber(r.starts);
  let previous: { start: number; end: number } | undefined;
  let period = periodOf(Math.min(today, starts ?? today) - 800);
  // Before `starts`, every day falls in the first period: walk to the period holding today.
  while (period.end < today) {
    previous = period;
    period = periodOf(period.end + 1);
  }
  if (previous !== undefined && starts !== undefined && previous.end < starts) previous = undefined;
  if (previous !== undefined && previous.start === period.start) previous = undefined;
  const met = (p: { start: number; end: number }) => done.some((d) => d >= p.start && d <= p.end);
  const nextDue = met(period) ? periodOf(period.end + 1).end : period.end;
  return { current: period, metCurrent: met(period), nextDue, previous, metPrevious: previous !== undefined && met(previous) };
}

describe("recurrenceState", () => {
  it("agrees with a period-by-period walk: current and previous period, met or not, next due day", () => {
    fc.assert(
      fc.property(started, day, fc.array(day, { maxLength: 8 }), (r, today, done) => {
        expect(recurrenceState(r, today, done)).toEqual(walkedState(r, today, done));
      }),
      { numRuns: RUNS },
    );
  });

  it("agrees with recurrenceStatus, which adds the missed list only", () => {
    fc.assert(
      fc.property(started, day, fc.array(day, { maxLength: 8 }), (r, today, done) => {
        const state = recurrenceState(r, today, done);
        const status = recurrenceStatus(r, { today: dateOfDay(today), done: done.map(dateOfDay), maxMissed: 0 });
        expect(status.currentPeriod).toEqual({ start: dateOfDay(state.current.start), end: dateOfDay(state.current.end) });
        expect(status.nextDue).toBe(dateOfDay(state.nextDue));
        expect(status.metPrevious).toBe(state.metPrevious);
        expect(status.previousPeriod?.end).toBe(state.previous === undefined ? undefined : dateOfDay(state.previous.end));
        expect(status.missed).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("answers for a recurrence started in year 1 as for one started last year", () => {
    const weekly: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "week", starts: "0001-01-01" };
    const state = recurrenceState(weekly, dayNumber("2025-10-01"), []);
    expect(dateOfDay(state.current.start)).toBe("2025-09-29");
    expect(state.previous && dateOfDay(state.previous.end)).toBe("2025-09-28");
  });
});
