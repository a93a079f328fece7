import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DatePoint,
  type Deadline,
  DeadlineSchema,
  deadlineEnd,
  deadlineStart,
  isOneOffDeadline,
  isOverdue,
  periodContaining,
  type Recurrence,
  recurrenceStatus,
} from "samhandling";

const day = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`);

const point: fc.Arbitrary<DatePoint> = fc.oneof(
  day.map((date) => ({ kind: "date", date }) as const),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(
    ([year, month]) => ({ kind: "month", month: `${year}-${String(month).padStart(2, "0")}` }) as const,
  ),
  fc.integer({ min: 1990, max: 2040 }).map((year) => ({ kind: "year", year }) as const),
);

const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constant("recurrence" as const), frequency: fc.constant("times-per-year" as const), times: fc.integer({ min: 1, max: 52 }) }),
  fc.record({
    kind: fc.constant("recurrence" as const),
    frequency: fc.constant("every" as const),
    interval: fc.integer({ min: 1, max: 12 }),
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

/** Some recurrences carry `starts`, the first day they apply. */
const startedRecurrence: fc.Arbitrary<Recurrence> = fc
  .tuple(recurrence, fc.option(day, { nil: undefined }))
  .map(([r, starts]) => (starts === undefined ? r : { ...r, starts }));

function nextDay(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  point,
  fc.tuple(point, point).map(([a, b]) => {
    const ordered = deadlineStart(a) <= deadlineEnd(b) ? ([a, b] as const) : ([b, a] as const);
    return { kind: "range", from: ordered[0], to: ordered[1] } as const;
  }),
  recurrence,
);

describe("deadlines (properties)", () => {
  it("deadlineEnd is never before a deadline's start", () => {
    fc.assert(
      fc.property(deadline, (d) => {
        if (!isOneOffDeadline(d)) return;
        expect(deadlineEnd(d) >= deadlineStart(d)).toBe(true);
      }),
    );
  });

  it("every generated deadline passes DeadlineSchema", () => {
    fc.assert(
      fc.property(deadline, (d) => {
        expect(DeadlineSchema.safeParse(d).success).toBe(true);
      }),
    );
  });

  it("a one-off deadline is overdue exactly after its last day when not done", () => {
    fc.assert(
      fc.property(deadline, day, (d, today) => {
        if (!isOneOffDeadline(d)) return;
        expect(isOverdue(d, { today })).toBe(deadlineEnd(d) < today);
        expect(isOverdue(d, { today, done: true })).toBe(false);
      }),
    );
  });

  it("a recurrence's current period contains today and ends on its next due date unless met", () => {
    fc.assert(
      fc.property(recurrence, day, (r, today) => {
        const status = recurrenceStatus(r, { today });
        expect(status.currentPeriod.start <= today && today <= status.currentPeriod.end).toBe(true);
        expect(status.nextDue).toBe(status.currentPeriod.end);
        if (status.previousPeriod) expect(status.previousPeriod.end < status.currentPeriod.start).toBe(true);
      }),
    );
  });

  it("counts and lists missed periods as a walk from since, period by period, would", () => {
    const near = fc
      .date({ min: new Date(2010, 0, 1), max: new Date(2014, 11, 31), noInvalidDate: true })
      .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`);
    const done = fc.array(near, { maxLength: 6 });
    const started = fc
      .tuple(recurrence, fc.option(near, { nil: undefined }))
      .map(([r, starts]): Recurrence => (starts === undefined ? r : { ...r, starts }));
    fc.assert(
      fc.property(started, near, near, done, (r, since, today, doneDays) => {
        const status = recurrenceStatus(r, { today, since, done: doneDays, maxMissed: 10_000 });
        const from = r.starts !== undefined && r.starts > since ? r.starts : since;
        const walked: { start: string; end: string }[] = [];
        let period = { start: from, end: periodContaining(r, from).end };
        while (period.end < today) {
          const { start, end } = period;
          if (!doneDays.some((d) => d >= start && d <= end)) walked.push(period);
          period = periodContaining(r, nextDay(end));
        }
        expect(status.missed).toEqual(walked);
        expect(status.missedCount).toBe(walked.length);
        const capped = recurrenceStatus(r, { today, since, done: doneDays, maxMissed: 3 });
        expect(capped.missed).toEqual(walked.slice(-3));
        expect(capped.missedCount).toBe(walked.length);
      }),
      { numRuns: 300 },
    );
  });

  it("answers at once for a start in year 1, with every period counted", () => {
    fc.assert(
      fc.property(startedRecurrence, day, (r, today) => {
        const status = recurrenceStatus(r, { today, since: "0001-01-01" });
        expect(status.missed.length).toBeLessThanOrEqual(100);
        expect(status.missedCount).toBeGreaterThanOrEqual(status.missed.length);
        expect(status.missed.every((p) => p.start <= p.end && p.end < today)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("consecutive periods of a recurrence touch without gaps or overlap", () => {
    fc.assert(
      fc.property(recurrence, day, (r, today) => {
        const status = recurrenceStatus(r, { today });
        const previous = status.previousPeriod;
        if (!previous) return;
        const next = new Date(`${previous.end}T12:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.toISOString().slice(0, 10)).toBe(status.currentPeriod.start);
      }),
    );
  });
});
