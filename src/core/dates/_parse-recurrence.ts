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
import { type Attempt, DAY, DAY_MONTH, fail, ok, stripPrefixes, type Tokens } from "./_parse-point.js";
import type { Recurrence } from "./deadline.js";

const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Anchored, with a bounded quantifier only: it runs in linear time on any token.
const COUNT = /^(\d{1,3})\.?$/;

/** A recurrence: a yearly due day, or a frequency after any frequency prefix. */
export function parseRecurrence(tokens: Tokens): Attempt {
  const yearlyBy = parseYearlyBy(tokens);
  if (yearlyBy !== undefined) return yearlyBy;
  const words = stripPrefixes(tokens, FREQUENCY_PREFIXES);
  const recurrence = parseEvery(words) ?? parseCount(words);
  return recurrence === undefined ? undefined : ok(recurrence);
}

/** "innen 1. mai hvert år", "innan 1 mai kvart år", "kvart år innan 1. mai", "15.03 årleg". */
function parseYearlyBy(tokens: Tokens): Attempt {
  const isMarker = (words: Tokens): boolean =>
    (words.length === 1 && FREQUENCY_ADVERBS.get(words[0] ?? "") === "year") ||
    (words.length === 2 && EACH_WORDS.has(words[0] ?? "") && (words[1] === "år" || words[1] === "året"));
  const marker = [1, 2].find((n) => tokens.length > n && isMarker(tokens.slice(-n)));
  const leading = [1, 2].find((n) => tokens.length > n && isMarker(tokens.slice(0, n)));
  const body = marker !== undefined ? tokens.slice(0, -marker) : leading !== undefined ? tokens.slice(leading) : undefined;
  return body === undefined ? undefined : parseDayMonth(stripPrefixes(body, DEADLINE_PREFIXES));
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

/** "to gongar i året", "eit møte pr. år", "1 gang per halvår", "to ganger årlig", "1 gang hver 2. uke". */
function parseCount(tokens: Tokens): Recurrence | undefined {
  const [countWord = "", occasion = "", per = "", ...rest] = tokens;
  const count = NUMBER_WORDS.get(countWord) ?? Number(COUNT.exec(countWord)?.[1] ?? Number.NaN);
  if (!(count >= 1) || !OCCASION_WORDS.has(occasion)) return undefined;
  const each = PER_WORDS.has(per) ? inPeriod(readPeriod(rest), 1) : parseEvery(tokens.slice(2));
  if (each === undefined || count === 1) return each;
  // n a month is 12n a year; n a week is not a whole number of times a year, so it is refused.
  const monthly = each.frequency === "every" && each.unit === "month" && each.interval === 1;
  const perYear = each.frequency === "times-per-year" ? each.times : monthly ? 12 : 0;
  return perYear > 0 && count * perYear <= 366 ? timesPerYear(count * perYear) : undefined;
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
