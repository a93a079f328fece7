/**
 * Recurrences for `parseDeadline`: frequencies ("to gongar i året", "hver 3. måned", "årlig") and
 * yearly due days ("innen 1. mai hvert år"). Internal: not exported from the package.
 *
 * @module
 */
import {
  DEADLINE_PREFIXES,
  EACH_WORDS,
  EVERY_OTHER_WORDS,
  FREQUENCY_ADVERBS,
  FREQUENCY_PREFIXES,
  MONTH_NAMES,
  NUMBER_WORDS,
  OCCASION_WORDS,
  ORDINAL_WORDS,
  PER_WORDS,
  PERIOD_NOUNS,
  type Period,
} from "./_deadline-words.js";
import { ACTIVITY_WORDS } from "./_more-deadline-words.js";
import {
  type Attempt,
  DAY,
  DAY_MONTH,
  fail,
  ok,
  type ParseContext,
  parseNumericDate,
  parsePoint,
  stripPrefixes,
  type Tokens,
} from "./_parse-point.js";
import { dateOfDay, dayNumberOf } from "./day-number.js";
import { daysInMonth } from "./calendar-date.js";
import type { Recurrence } from "./deadline.js";

/** Words before a frequency that do not change it: "regelmessig", "minimum", "opplæring". */
const LEADING_WORDS: readonly Tokens[] = [...FREQUENCY_PREFIXES, ...ACTIVITY_WORDS];
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Anchored, with a bounded quantifier only: it runs in linear time on any token.
const COUNT = /^(\d{1,3})\.?$/;

/** A recurrence: a yearly due day, or a frequency after any frequency prefix or activity noun. */
export function parseRecurrence(tokens: Tokens, context: ParseContext): Attempt {
  const yearlyBy = parseYearlyBy(tokens, context);
  if (yearlyBy !== undefined) return yearlyBy;
  const words = stripPrefixes(tokens, LEADING_WORDS);
  const recurrence = parseEvery(words) ?? parseCount(words);
  return recurrence === undefined ? undefined : ok(recurrence);
}

/**
 * "innen 1. mai hvert år", "innan 1 mai kvart år", "kvart år innan 1. mai", "15.03 årleg", and with
 * the first due day's year, "innen 1.5.13 hvert år".
 */
function parseYearlyBy(tokens: Tokens, context: ParseContext): Attempt {
  const isMarker = (words: Tokens): boolean =>
    (words.length === 1 && FREQUENCY_ADVERBS.get(words[0] ?? "") === "year") ||
    (words.length === 2 && EACH_WORDS.has(words[0] ?? "") && (words[1] === "år" || words[1] === "året"));
  const marker = [1, 2].find((n) => tokens.length > n && isMarker(tokens.slice(-n)));
  const leading = [1, 2].find((n) => tokens.length > n && isMarker(tokens.slice(0, n)));
  const body = marker !== undefined ? tokens.slice(0, -marker) : leading !== undefined ? tokens.slice(leading) : undefined;
  if (body === undefined) return undefined;
  const day = stripPrefixes(body, DEADLINE_PREFIXES);
  return parseDayMonth(day) ?? parseFirstDue(day, context);
}

/**
 * "1.5.2013", "1. mai 2013" before "hvert år": yearly by that day, the first period due on it. The
 * recurrence `starts` the day after the year before's due day, so that first period is a whole year.
 */
function parseFirstDue(tokens: Tokens, context: ParseContext): Attempt {
  const point = tokens.length === 1 ? parseNumericDate(tokens[0] ?? "", context) : tokens.length === 3 ? parsePoint(tokens, context) : undefined;
  if (point === undefined || !point.ok) return point;
  if (point.point.kind !== "date") return undefined;
  const [year = 0, month = 0, day = 0] = point.point.date.split("-").map(Number);
  const dueBefore = dayNumberOf(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
  return ok({ kind: "recurrence", frequency: "yearly-by", month, day, starts: dateOfDay(dueBefore + 1) });
}

/** "1. mai", "1 mai", "01.05": a day in every year. */
function parseDayMonth(tokens: Tokens): Attempt {
  const [a = "", b = ""] = tokens;
  const numeric = tokens.length === 1 ? DAY_MONTH.exec(a) : null;
  const named = tokens.length === 2 ? DAY.exec(a) : null;
  const month = numeric ? Number(numeric[2]) : named ? MONTH_NAMES.get(b) : undefined;
  const day = Number(numeric?.[1] ?? named?.[1]);
  if (month === undefined) return undefined;
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= (MAX_DAYS[month - 1] ?? 0);
  return valid ? ok({ kind: "recurrence", frequency: "yearly-by", month, day }) : fail("invalid-date");
}

/** "årlig", "månadleg", "hvert halvår", "kvar veke", "hver 3. måned", "annenhver uke", "hver 14. dag". */
function parseEvery(tokens: Tokens): Recurrence | undefined {
  const [first = "", second = "", ...rest] = tokens;
  if (tokens.length === 1) return inPeriod(FREQUENCY_ADVERBS.get(first), 1);
  if (EVERY_OTHER_WORDS.has(first)) return inPeriod(readPeriod(tokens.slice(1)), 2);
  if (ORDINAL_WORDS.get(first) === 2 && EACH_WORDS.has(second)) return inPeriod(readPeriod(rest), 2);
  if (!EACH_WORDS.has(first)) return undefined;
  const interval = ORDINAL_WORDS.get(second) ?? Number(COUNT.exec(second)?.[1] ?? Number.NaN);
  return Number.isNaN(interval) ? inPeriod(readPeriod(tokens.slice(1)), 1) : inPeriod(readPeriod(rest), interval);
}

/**
 * "to gongar i året", "eit møte pr. år", "1 gang per halvår", "to ganger årlig", "1 gang hver 2. uke",
 * "2 ganger per kvartal", "tre gonger pr. semester".
 */
function parseCount(tokens: Tokens): Recurrence | undefined {
  const [countWord = "", occasion = "", per = "", ...rest] = tokens;
  const count = NUMBER_WORDS.get(countWord) ?? Number(COUNT.exec(countWord)?.[1] ?? Number.NaN);
  if (!(count >= 1) || !OCCASION_WORDS.has(occasion)) return undefined;
  if (PER_WORDS.has(per)) return countIn(count, readPeriod(rest));
  const each = parseEvery(tokens.slice(2));
  if (each === undefined || count === 1) return each;
  return countIn(count, periodOf(each));
}

/** The period a once-a-period recurrence is counted in: "årlig" a year, "hver måned" a month. */
function periodOf(recurrence: Recurrence): Period | undefined {
  if (recurrence.frequency === "times-per-year") return ({ 1: "year", 2: "half-year", 4: "quarter" } as const)[recurrence.times];
  return recurrence.frequency === "every" && recurrence.unit === "month" && recurrence.interval === 1 ? "month" : undefined;
}

const MONTHS_IN = { "half-year": 6, quarter: 3, month: 1 } as const;
const MOST_TIMES_IN = { "half-year": 181, quarter: 90, month: 28 } as const;

/**
 * `count` times in each `period`: whole months where they fit ("to ganger per halvår" = four times a
 * year, by quarter), else runs of days within each period ("to ganger i måneden"). More than once a
 * week or a day is refused.
 */
function countIn(count: number, period: Period | undefined): Recurrence | undefined {
  if (period === undefined || count === 1) return inPeriod(period, 1);
  if (period === "year") return count <= 366 ? timesPerYear(count) : undefined;
  if (period === "week" || period === "day") return undefined;
  const months = MONTHS_IN[period];
  if (months % count === 0) return timesPerYear((count * 12) / months);
  return count <= MOST_TIMES_IN[period] ? { kind: "recurrence", frequency: "times-per", times: count, per: period } : undefined;
}

function readPeriod(tokens: Tokens): Period | undefined {
  return tokens.length > 0 && tokens.length <= 2 ? PERIOD_NOUNS.get(tokens.join(" ")) : undefined;
}

/** Once every `interval` periods; years, half-years and quarters only once each. */
function inPeriod(period: Period | undefined, interval: number): Recurrence | undefined {
  if (!(interval >= 1 && interval <= 520)) return undefined;
  switch (period) {
    case "year":
      return interval === 1 ? timesPerYear(1) : undefined;
    case "half-year":
      return interval === 1 ? timesPerYear(2) : undefined;
    case "quarter":
      return interval === 1 ? timesPerYear(4) : undefined;
    case "month":
    case "week":
      return { kind: "recurrence", frequency: "every", interval, unit: period };
    case "day":
      return interval % 7 === 0 ? { kind: "recurrence", frequency: "every", interval: interval / 7, unit: "week" } : undefined;
    case undefined:
      return undefined;
  }
}

/** A recurrence of `times` a year, the reading of "to ganger i året" and of "halvårlig". */
export function timesPerYear(times: number): Recurrence {
  return { kind: "recurrence", frequency: "times-per-year", times };
}
