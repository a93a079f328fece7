/**
 * One-off deadlines for `parseDeadline`: dates, months, years, quarters, half-years and spans, and
 * the small pieces the other parsing files share. Internal: not exported from the package.
 *
 * @module
 */
import { MONTH_NAMES, ORDINAL_WORDS } from "./_deadline-words.js";
import { daysInMonth } from "./calendar-date.js";
import { type DatePoint, type Deadline, pointEnd, pointStart } from "./deadline.js";
import type { ParseDeadlineFailure, ParseDeadlineResult } from "./parse-deadline.js";

/** A clause as normalised words, one per token. */
export type Tokens = readonly string[];
/** A form's answer: a result when the text has this form, `undefined` when it has not. */
export type Attempt = ParseDeadlineResult | undefined;
type Failure = Extract<ParseDeadlineResult, { ok: false }>;
type PointAttempt = { readonly ok: true; readonly point: DatePoint } | Failure | undefined;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// Anchored, with bounded quantifiers only: each runs in linear time on any token.
/** An ISO date, "2012-11-15"; the tokenizer keeps its dashes. */
export const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})\.?$/;
/** A day and month without a year, "01.05" or "1.5.". */
export const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})\.?$/;
/** A day of the month or an ordinal number, "1." or "15". */
export const DAY = /^(\d{1,2})\.?$/;
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR = /^\d{4}$/;

/** The successful result for `deadline`. */
export function ok(deadline: Deadline): ParseDeadlineResult {
  return { ok: true, deadline };
}

/** The failed result for `reason`. */
export function fail(reason: ParseDeadlineFailure): Failure {
  return { ok: false, reason };
}

/** Strips leading `prefixes` again and again, leaving at least one word; `tokens` itself when none leads. */
export function stripPrefixes(tokens: Tokens, prefixes: readonly Tokens[]): Tokens {
  const prefix = prefixes.find((words) => words.length < tokens.length && words.every((word, i) => tokens[i] === word));
  return prefix === undefined ? tokens : stripPrefixes(tokens.slice(prefix.length), prefixes);
}

/** A date, month, year, quarter, half-year or span, with any deadline prefix already stripped. */
export function parseOneOff(tokens: Tokens): Attempt {
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
