import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONTH_NAMES } from "../../src/core/dates/_deadline-words.js";
import { daysInMonth } from "../../src/core/dates/calendar-date.js";
import { DeadlineSchema } from "../../src/core/dates/deadline.js";
import { parseDeadline } from "../../src/core/dates/parse-deadline.js";

const FRAGMENTS = [
  "1", "15", "31", "2012", "13", ".", "/", "-", "–", " ", "\u00a0", ",", "½", "innen", "innan", "utgangen av", "fra",
  "til", "mai", "mars", "Juni", "sept.", "kvartal", "halvår", "1.", "hver", "kvart", "år", "året", "pr.", "to",
  "gongar", "ganger", "i", "uke", "dag", "årlig", "minimum", "annenhver", "2.", "møte", "ø",
];

/** Text built from the pieces deadlines are made of, so the parser's inner branches are reached. */
const deadlineLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(""));
const deadlineLikeWords = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(" "));

const calendarDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function expectReadableOrRefused(text: unknown): void {
  const result = parseDeadline(text);
  if (result.ok) expect(DeadlineSchema.safeParse(result.deadline).success).toBe(true);
  else expect(["empty", "unrecognized", "invalid-date", "reversed-range"]).toContain(result.reason);
}

describe("parseDeadline", () => {
  it("never throws, and gives only schema-valid deadlines, for any string", () => {
    fc.assert(fc.property(fc.string(), expectReadableOrRefused));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), expectReadableOrRefused));
    fc.assert(fc.property(deadlineLike, expectReadableOrRefused), { numRuns: 2000 });
    fc.assert(fc.property(deadlineLikeWords, expectReadableOrRefused), { numRuns: 2000 });
  });

  it("never throws on any value", () => {
    fc.assert(fc.property(fc.anything(), expectReadableOrRefused));
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
