import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONTH_NAMES } from "../../src/core/dates/_deadline-words.js";
import { daysInMonth } from "../../src/core/dates/calendar-date.js";
import { DeadlineSchema } from "../../src/core/dates/deadline.js";
import { parseDeadline } from "../../src/core/dates/parse-deadline.js";

const FRAGMENTS = [
  "1", "15", "31", "2012", "13", ".", "/", "-", "–", " ", "\u00a0", ",", "½", "innen", "innan", "utgangen av", "fra",
  "til", "mai", "mars", "Juni", "sept.", "kvartal", "halvår", "1.", "hver", "kvart", "år", "året", "pr.", "to",
  "gongar", "ganger", "i", "uke", "dag", "årlig", "minimum", "annenhver", "2.", "møte", "ø", "veke", "kl", ":",
  "12:00", "q1", "kv.", "ultimo", "medio", "primo", "semester", "snarest", "våren", "frist:", "20", "99", "53",
  "fjortende", "månaden", "opplæring",
];
const REASONS = ["empty", "unrecognized", "invalid-date", "reversed-range", "vague", "season", "week-without-year"];

/** Text built from the pieces deadlines are made of, so the parser's inner branches are reached. */
const deadlineLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(""));
const deadlineLikeWords = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(" "));

const calendarDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function expectReadableOrRefused(text: unknown, referenceYear?: number): void {
  const result = parseDeadline(text, referenceYear === undefined ? undefined : { referenceYear });
  if (result.ok) expect(DeadlineSchema.safeParse(result.deadline).success).toBe(true);
  else expect(REASONS).toContain(result.reason);
}

const referenceYear = fc.integer({ min: 1900, max: 2100 });

describe("parseDeadline", () => {
  it("never throws, and gives only schema-valid deadlines, for any string", () => {
    fc.assert(fc.property(fc.string(), (text) => expectReadableOrRefused(text)));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => expectReadableOrRefused(text)));
    fc.assert(fc.property(deadlineLike, (text) => expectReadableOrRefused(text)), { numRuns: 2000 });
    fc.assert(fc.property(deadlineLikeWords, (text) => expectReadableOrRefused(text)), { numRuns: 2000 });
  });

  it("never throws on any value", () => {
    fc.assert(fc.property(fc.anything(), (value) => expectReadableOrRefused(value)));
  });

  it("never throws with a reference year either", () => {
    fc.assert(fc.property(deadlineLikeWords, referenceYear, expectReadableOrRefused), { numRuns: 1000 });
  });

  it("reads a two-digit year within 50 years of the reference year, or 1950-2049 without one", () => {
    fc.assert(
      fc.property(calendarDate, fc.option(referenceYear, { nil: undefined }), ({ year, month, day }, reference) => {
        const result = parseDeadline(`${day}.${month}.${pad(year % 100)}`, reference === undefined ? undefined : { referenceYear: reference });
        if (!result.ok) {
          expect(result.reason).toBe("invalid-date");
          return;
        }
        const read = result.deadline.kind === "date" ? Number(result.deadline.date.slice(0, 4)) : Number.NaN;
        expect(read % 100).toBe(year % 100);
        if (reference === undefined) expect(read >= 1950 && read <= 2049).toBe(true);
        else expect(Math.abs(read - reference)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it("reads an ISO week as seven days from a Monday that hold 4 January's week-year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 53 }), (year, week) => {
        const result = parseDeadline(`uke ${week} ${year}`);
        if (!result.ok) {
          expect([week, result.reason]).toEqual([53, "invalid-date"]);
          return;
        }
        const { deadline } = result;
        if (deadline.kind !== "range" || deadline.from.kind !== "date" || deadline.to.kind !== "date") throw new Error("not a range of days");
        const monday = new Date(`${deadline.from.date}T12:00:00Z`);
        const sunday = new Date(`${deadline.to.date}T12:00:00Z`);
        expect(monday.getUTCDay()).toBe(1);
        expect(Math.round((sunday.getTime() - monday.getTime()) / 86_400_000)).toBe(6);
        const thursday = new Date(monday.getTime() + 3 * 86_400_000);
        expect(thursday.getUTCFullYear()).toBe(year);
      }),
    );
  });

  it("reads a date written as d.m.yyyy, dd.mm.yyyy, yyyy-mm-dd or innen dd.mm.yyyy back to that date", () => {
    fc.assert(
      fc.property(calendarDate, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        const written = [
          `${day}.${month}.${year}`,
          `${pad(day)}.${pad(month)}.${year}`,
          iso,
          `innen ${pad(day)}.${pad(month)}.${year}`,
        ];
        for (const text of written) {
          expect(parseDeadline(text)).toEqual({ ok: true, deadline: { kind: "date", date: iso } });
        }
      }),
    );
  });

  it("reads a month written with its Norwegian name back to that month", () => {
    const names = [...MONTH_NAMES.entries()];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: 1900, max: 2100 }), fc.boolean(), ([name, month], year, upper) => {
        const text = `${upper ? name.toUpperCase() : name} ${year}`;
        expect(parseDeadline(text)).toEqual({ ok: true, deadline: { kind: "month", month: `${year}-${pad(month)}` } });
      }),
    );
  });

  it("reads two months joined by a dash as a range when in order, and as reversed-range otherwise", () => {
    const names = [...MONTH_NAMES.entries()];
    const monthOf = fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1900, max: 2100 }));
    fc.assert(
      fc.property(monthOf, monthOf, ([[fromName, from], fromYear], [[toName, to], toYear]) => {
        const fromMonth = `${fromYear}-${pad(from)}`;
        const toMonth = `${toYear}-${pad(to)}`;
        const expected =
          fromMonth <= toMonth
            ? { ok: true, deadline: { kind: "range", from: { kind: "month", month: fromMonth }, to: { kind: "month", month: toMonth } } }
            : { ok: false, reason: "reversed-range" };
        expect(parseDeadline(`${fromName} ${fromYear} - ${toName} ${toYear}`)).toEqual(expected);
      }),
    );
  });
});
