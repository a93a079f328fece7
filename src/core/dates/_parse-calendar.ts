/**
 * Parts of the calendar for `parseDeadline`, each read as a span of the days or months it covers:
 * ISO weeks ("uke 12 2013"), quarters ("1. kvartal 2013", "Q1 2013", "1. kv. 2013"), half-years
 * ("2. halvår 2013") and parts of a month ("primo/medio/ultimo mars 2013"). Internal: not exported
 * from the package.
 *
 * @module
 */
import { MONTH_NAMES, ORDINAL_WORDS } from "./_deadline-words.js";
import { MONTH_PARTS, WEEK_WORDS } from "./_more-deadline-words.js";
import { type Attempt, DAY, fail, makeDate, makeMonth, ok, type ParseContext, rangeOf, type Tokens, YEAR } from "./_parse-point.js";
import { dateOfDay, dayNumberOf } from "./day-number.js";

// Anchored, with bounded quantifiers only: each runs in linear time on any token.
const WEEK_NUMBER = /^(\d{1,2})$/;
const WEEK_AND_YEAR = /^(\d{1,2})\/(\d{4})$/;
const QUARTER_CODE = /^q([1-4])$/;
const QUARTER_WORDS: ReadonlySet<string> = new Set(["kvartal", "kvartalet", "kv"]);
const HALF_YEAR_WORDS: ReadonlySet<string> = new Set(["halvår", "halvåret"]);

/** A week, a quarter or half-year, or a part of a month; `undefined` when the text is none of them. */
export function parseCalendarPart(tokens: Tokens, context: ParseContext): Attempt {
  return parseWeek(tokens, context) ?? parsePartOfYear(tokens) ?? parsePartOfMonth(tokens);
}

/**
 * "uke 12 2013", "veke 12", "uke 12/2013", "i uke 12": Monday to Sunday of the ISO week. A week
 * without a year is placed in the reference year, or refused as `week-without-year`.
 */
function parseWeek(tokens: Tokens, context: ParseContext): Attempt {
  const words = tokens[0] === "i" ? tokens.slice(1) : tokens;
  const [word = "", number = "", year] = words;
  if (!WEEK_WORDS.has(word) || words.length > 3) return undefined;
  const joined = words.length === 2 ? WEEK_AND_YEAR.exec(number) : null;
  const week = joined?.[1] ?? WEEK_NUMBER.exec(number)?.[1];
  if (week === undefined || (year !== undefined && !YEAR.test(year))) return undefined;
  const yearText = joined?.[2] ?? year;
  const inYear = yearText === undefined ? context.referenceYear : Number(yearText);
  if (inYear === undefined) return fail("week-without-year");
  return isoWeek(inYear, Number(week));
}

/** The Monday-to-Sunday span of ISO week `week` of `year`, or `invalid-date` when the year has no such week. */
function isoWeek(year: number, week: number): Attempt {
  const firstMonday = (y: number): number => {
    const january4 = dayNumberOf(y, 1, 4);
    // Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is 0 on Mondays.
    return january4 - ((((january4 + 3) % 7) + 7) % 7);
  };
  const weeks = (firstMonday(year + 1) - firstMonday(year)) / 7;
  if (!(week >= 1 && week <= weeks)) return fail("invalid-date");
  const monday = firstMonday(year) + 7 * (week - 1);
  const [from, to] = [dateOfDay(monday), dateOfDay(monday + 6)].map((date) => {
    const [y = 0, m = 0, d = 0] = date.split("-").map(Number);
    return makeDate(y, m, d);
  });
  return rangeOf(from, to);
}

/** "1. kvartal 2013", "første kvartal 2013", "1. kv. 2013", "Q1 2013", "2. halvår 2013": a span of months. */
function parsePartOfYear(tokens: Tokens): Attempt {
  const code = tokens.length === 2 ? QUARTER_CODE.exec(tokens[0] ?? "") : null;
  const [which = "", part = "", year = ""] = code ? [code[1] ?? "", "kvartal", tokens[1] ?? ""] : tokens;
  const months = QUARTER_WORDS.has(part) ? 3 : HALF_YEAR_WORDS.has(part) ? 6 : 0;
  const index = ORDINAL_WORDS.get(which) ?? Number(DAY.exec(which)?.[1] ?? Number.NaN);
  if ((!code && tokens.length !== 3) || months === 0 || !YEAR.test(year) || !(index >= 1 && index <= 12 / months)) return undefined;
  return rangeOf(makeMonth(Number(year), (index - 1) * months + 1), makeMonth(Number(year), index * months));
}

/**
 * "primo mars 2013" (early March: the 1st to the 10th), "medio mars 2013" (mid-March: the 15th),
 * "ultimo mars 2013" (by the end of March: the month).
 */
function parsePartOfMonth(tokens: Tokens): Attempt {
  const [word = "", name = "", yearText = ""] = tokens;
  const part = MONTH_PARTS.get(word);
  const month = MONTH_NAMES.get(name);
  if (tokens.length !== 3 || part === undefined || month === undefined || !YEAR.test(yearText)) return undefined;
  const year = Number(yearText);
  switch (part) {
    case "early":
      return rangeOf(makeDate(year, month, 1), makeDate(year, month, 10));
    case "middle": {
      const date = makeDate(year, month, 15);
      return date?.ok ? ok(date.point) : date;
    }
    case "end": {
      const whole = makeMonth(year, month);
      return whole?.ok ? ok(whole.point) : whole;
    }
  }
}
