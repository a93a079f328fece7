import {
  ABBREVIATIONS,
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
import { daysInMonth } from "./calendar-date.js";
import { type DatePoint, type Deadline, pointEnd, pointStart, type Recurrence } from "./deadline.js";

/**
 * Why a text could not be read as a deadline: `empty` (blank text), `unrecognized` (no known form,
 * or not a string), `invalid-date` (a date or month that does not exist, such as 31.02.2012, or a
 * year outside 1900-2100) or `reversed-range` (a span that ends before it starts).
 *
 * @example
 * const reason: ParseDeadlineFailure = "invalid-date"; // "31.02.2012"
 */
export type ParseDeadlineFailure = "empty" | "unrecognized" | "invalid-date" | "reversed-range";

/**
 * The result of {@link parseDeadline}: the deadline, or the reason it could not be read.
 *
 * @example
 * const result: ParseDeadlineResult = { ok: true, deadline: { kind: "month", month: "2012-03" } };
 */
export type ParseDeadlineResult =
  | { readonly ok: true; readonly deadline: Deadline }
  | { readonly ok: false; readonly reason: ParseDeadlineFailure };

/** A form's answer: a result when the text has this form, `undefined` when it has not. */
type Attempt = ParseDeadlineResult | undefined;
type Failure = Extract<ParseDeadlineResult, { ok: false }>;
type PointAttempt = { readonly ok: true; readonly point: DatePoint } | Failure | undefined;
type Tokens = readonly string[];

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** No known form is longer; a longer clause is refused before any form is tried. */
const MAX_CLAUSE_TOKENS = 16;
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Anchored, with bounded quantifiers only: each runs in linear time on any token.
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})\.?$/;
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})\.?$/;
const DAY = /^(\d{1,2})\.?$/;
const YEAR = /^\d{4}$/;
const COUNT = /^(\d{1,3})\.?$/;
const SHORT_NUMBER = /^\d{1,2}$/;
const STARTS_WITH_LETTER = /^\p{L}/u;
const LETTERS = /^\p{L}+$/u;

/**
 * Reads a deadline (frist) as written in a Norwegian plan, bokmål or nynorsk: a date, a month, a
 * year, a span, a quarter or half-year, or a recurrence. Text it cannot read gives a reason, never a
 * guessed deadline. Two-digit years are read as 20yy, and a minimum frequency ("minst to ganger i
 * året") as the frequency. Text of several sentences ("Eit møte pr. år. Innan 1. mai kvart år") is
 * read sentence by sentence and must agree; once a year and a yearly due day make that due day.
 * Never throws.
 *
 * @param text - The deadline as written, e.g. from the "Tid" column of an action plan (handlingsplan).
 * @returns `{ ok: true, deadline }`, or `{ ok: false, reason }` for blank (`empty`), unreadable or
 *   non-string (`unrecognized`), impossible (`invalid-date`) or backwards (`reversed-range`) text.
 *
 * @example
 * parseDeadline("Innan 15.11.2012")
 * //=> { ok: true, deadline: { kind: "date", date: "2012-11-15" } }
 * parseDeadline("mai - juni 2012")
 * //=> { ok: true, deadline: { kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } } }
 * parseDeadline("Kontinuerleg to gongar i året")
 * //=> { ok: true, deadline: { kind: "recurrence", frequency: "times-per-year", times: 2 } }
 * parseDeadline("snarest")
 * //=> { ok: false, reason: "unrecognized" }
 */
export function parseDeadline(text: unknown): ParseDeadlineResult {
  if (typeof text !== "string") return fail("unrecognized");
  const tokens = tokenize(normalize(text));
  if (tokens.length === 0) return fail("empty");
  const deadlines: Deadline[] = [];
  for (const clause of splitClauses(tokens)) {
    const result = parseClause(clause);
    if (!result.ok) return result;
    if (!deadlines.some((deadline) => same(deadline, result.deadline))) deadlines.push(result.deadline);
    if (deadlines.length > 2) return fail("unrecognized");
  }
  return combineClauses(deadlines);
}

function ok(deadline: Deadline): ParseDeadlineResult {
  return { ok: true, deadline };
}

function fail(reason: ParseDeadlineFailure): Failure {
  return { ok: false, reason };
}

// ---- Normalising and splitting -------------------------------------------------------------------

/** Lowercase, dashes to "-", "½" to "1/2", "1.mai" to "1. mai", one space, no trailing dots. */
function normalize(text: string): string {
  const spaced = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/½/gu, " 1/2 ")
    .replace(/(\d)\.(?=\p{L})/gu, "$1. ")
    .replace(/\s+/gu, " ");
  let end = spaced.length;
  while (end > 0 && (spaced[end - 1] === "." || spaced[end - 1] === " ")) end -= 1;
  return spaced.slice(0, end).trimStart();
}

/** Words split at spaces, with "-" a token of its own except inside an ISO date. */
function tokenize(text: string): string[] {
  if (text === "") return [];
  return text.split(" ").flatMap((word) =>
    ISO_DATE.test(word)
      ? [word]
      : word
          .split("-")
          .flatMap((part, index) => (index === 0 ? [part] : ["-", part]))
          .filter((token) => token !== ""),
  );
}

/**
 * Clauses end at "," or ";", and at a dot before a word ("Eit møte pr. år. Innan 1. mai kvart år"),
 * unless the dot ends an abbreviation ("pr.") or an ordinal ("1. mai").
 */
function splitClauses(tokens: Tokens): string[][] {
  const clauses: string[][] = [[]];
  tokens.forEach((token, index) => {
    const current = clauses[clauses.length - 1] ?? [];
    const comma = trimEnd(token, ",;");
    const body = trimEnd(comma, ".");
    const next = tokens[index + 1] ?? "";
    const endsSentence =
      comma.endsWith(".") &&
      body !== "" &&
      STARTS_WITH_LETTER.test(next) &&
      (LETTERS.test(body) ? !ABBREVIATIONS.has(body) : !SHORT_NUMBER.test(body) && !DAY_MONTH.test(body));
    if (comma !== token || endsSentence) {
      if (body !== "") current.push(body);
      clauses.push([]);
    } else if (body !== "") {
      // "pr." and "jan." lose their dot; "1." keeps it, as it marks a day or an ordinal.
      current.push(LETTERS.test(body) ? body : comma);
    }
  });
  return clauses.filter((clause) => clause.length > 0);
}

function trimEnd(token: string, characters: string): string {
  let end = token.length;
  while (end > 0 && characters.includes(token[end - 1] ?? "")) end -= 1;
  return token.slice(0, end);
}

/** One reading for several clauses: "once a year" and "by 1 May each year" is the latter; else they must agree. */
function combineClauses(distinct: readonly Deadline[]): ParseDeadlineResult {
  const [first, second] = distinct;
  if (first === undefined) return fail("unrecognized");
  if (second === undefined) return ok(first);
  const byDay = [first, second].find((deadline) => deadline.kind === "recurrence" && deadline.frequency === "yearly-by");
  const oncePerYear = [first, second].some((deadline) => same(deadline, timesPerYear(1)));
  return byDay !== undefined && oncePerYear ? ok(byDay) : fail("unrecognized");
}

function same(a: Deadline, b: Deadline): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function parseClause(tokens: Tokens): ParseDeadlineResult {
  if (tokens.length > MAX_CLAUSE_TOKENS) return fail("unrecognized");
  return parseRecurrence(tokens) ?? parseOneOff(stripPrefixes(tokens, DEADLINE_PREFIXES)) ?? fail("unrecognized");
}

function stripPrefixes(tokens: Tokens, prefixes: readonly Tokens[]): Tokens {
  const prefix = prefixes.find((words) => words.length < tokens.length && words.every((word, i) => tokens[i] === word));
  return prefix === undefined ? tokens : stripPrefixes(tokens.slice(prefix.length), prefixes);
}

// ---- Dates, months, years, spans -----------------------------------------------------------------

function parseOneOff(tokens: Tokens): Attempt {
  const point = parsePoint(tokens);
  if (point !== undefined) return point.ok ? ok(point.point) : point;
  return parsePart(tokens) ?? parseRange(tokens);
}

/** "15.11.2012", "15.11.12", "15/11/2012", "2012-11-15", "1. mai 2013", "mars 2012", "2013". */
function parsePoint(tokens: Tokens): PointAttempt {
  const [a = "", b = "", c = ""] = tokens;
  if (tokens.length === 1) {
    return parseNumericDate(a) ?? (isYear(a) ? { ok: true, point: { kind: "year", year: Number(a) } } : undefined);
  }
  const month = MONTH_NAMES.get(tokens.length === 2 ? a : b);
  if (month === undefined) return undefined;
  if (tokens.length === 2 && YEAR.test(b)) return makeMonth(Number(b), month);
  const day = DAY.exec(a);
  if (tokens.length === 3 && day && YEAR.test(c)) return makeDate(Number(c), month, Number(day[1]));
  return undefined;
}

function parseNumericDate(token: string): PointAttempt {
  const iso = ISO_DATE.exec(token);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(token);
  if (!numeric) return undefined;
  const year = numeric[4] ?? "";
  return makeDate(Number(year.length === 2 ? `20${year}` : year), Number(numeric[3]), Number(numeric[1]));
}

function isYear(token: string): boolean {
  return YEAR.test(token) && Number(token) >= MIN_YEAR && Number(token) <= MAX_YEAR;
}

function makeDate(year: number, month: number, day: number): PointAttempt {
  const valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return valid ? { ok: true, point: { kind: "date", date: `${year}-${pad(month)}-${pad(day)}` } } : fail("invalid-date");
}

function makeMonth(year: number, month: number): PointAttempt {
  const valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
  return valid ? { ok: true, point: { kind: "month", month: `${year}-${pad(month)}` } } : fail("invalid-date");
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** "1. kvartal 2013", "første kvartal 2013", "2. halvår 2013": a span of months. */
function parsePart(tokens: Tokens): Attempt {
  const [which = "", part = "", year = ""] = tokens;
  const months = part === "kvartal" || part === "kvartalet" ? 3 : part === "halvår" || part === "halvåret" ? 6 : 0;
  const index = ORDINAL_WORDS.get(which) ?? Number(DAY.exec(which)?.[1] ?? Number.NaN);
  if (tokens.length !== 3 || months === 0 || !YEAR.test(year) || !(index >= 1 && index <= 12 / months)) return undefined;
  const from = makeMonth(Number(year), (index - 1) * months + 1);
  const to = makeMonth(Number(year), index * months);
  return from?.ok && to?.ok ? makeRange(from.point, to.point) : fail("invalid-date");
}

/**
 * "oktober 2012 - januar 2013", "fra oktober 2012 til januar 2013", "mai - juni 2012" (the first month
 * borrows the year, or the year before when it comes later in the year), "mai 2012 juni 2012".
 */
function parseRange(tokens: Tokens): Attempt {
  const body = stripPrefixes(tokens, [["fra", "og", "med"], ["frå", "og", "med"], ["fra"], ["frå"]]);
  const at = body.findIndex((token) => token === "-" || token === "til");
  if (at === -1) return body === tokens ? parseSideBySide(tokens) : undefined;
  const to = parsePoint(stripPrefixes(body.slice(at + 1), [["og", "med"]]));
  if (to === undefined || !to.ok) return to;
  const left = body.slice(0, at);
  const from = parsePoint(left) ?? borrowYear(left, to.point);
  if (from === undefined || !from.ok) return from;
  return makeRange(from.point, to.point);
}

function borrowYear(left: Tokens, to: DatePoint): PointAttempt {
  const month = left.length === 1 ? MONTH_NAMES.get(left[0] ?? "") : undefined;
  if (month === undefined || to.kind === "year") return undefined;
  const [year = 0, toMonth = 0] = pointStart(to).split("-").map(Number);
  return makeMonth(month > toMonth ? year - 1 : year, month);
}

/** Two points of the same kind side by side: "mai 2012 juni 2012", "1.10.2012 31.01.2013". */
function parseSideBySide(tokens: Tokens): Attempt {
  for (let at = 1; at < tokens.length && tokens.length <= 6; at += 1) {
    const from = parsePoint(tokens.slice(0, at));
    const to = parsePoint(tokens.slice(at));
    if (from === undefined || to === undefined) continue;
    if (!from.ok) return from;
    if (!to.ok) return to;
    if (from.point.kind === to.point.kind) return makeRange(from.point, to.point);
  }
  return undefined;
}

function makeRange(from: DatePoint, to: DatePoint): ParseDeadlineResult {
  const reversed = pointStart(from) > pointStart(to) || pointEnd(from) > pointEnd(to);
  return reversed ? fail("reversed-range") : ok({ kind: "range", from, to });
}

// ---- Recurrences ---------------------------------------------------------------------------------

function parseRecurrence(tokens: Tokens): Attempt {
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

function timesPerYear(times: number): Recurrence {
  return { kind: "recurrence", frequency: "times-per-year", times };
}
