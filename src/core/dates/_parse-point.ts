/**
 * Points (dates, months, years) for `parseDeadline`, and the small pieces the other parsing files
 * share: results, prefixes, two-digit years. Internal: not exported from the package.
 *
 * @module
 */
import { MONTH_NAMES } from "./_deadline-words.js";
import { daysInMonth } from "./calendar-date.js";
import { type DatePoint, type Deadline, pointEnd, pointStart } from "./deadline.js";
import type { ParseDeadlineFailure, ParseDeadlineResult } from "./parse-deadline.js";

/** A clause as normalised words, one per token. */
export type Tokens = readonly string[];
/** A form's answer: a result when the text has this form, `undefined` when it has not. */
export type Attempt = ParseDeadlineResult | undefined;
type Failure = Extract<ParseDeadlineResult, { ok: false }>;
/** A point's answer: the point, a failure, or `undefined` when the text is no point. */
export type PointAttempt = { readonly ok: true; readonly point: DatePoint } | Failure | undefined;

/** What a clause is read against: the year two-digit years and weeks without a year are placed near. */
export interface ParseContext {
  readonly referenceYear: number | undefined;
}

/** The years a deadline may fall in. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Two-digit years below this are 20yy, the others 19yy, when no reference year is given (as RFC 5280). */
export const TWO_DIGIT_PIVOT = 50;

// Anchored, with bounded quantifiers only: each runs in linear time on any token.
/** An ISO date, "2012-11-15"; the tokenizer keeps its dashes. */
export const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})\.?$/;
/** A day and month without a year, "01.05" or "1.5.". */
export const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})\.?$/;
/** A day of the month or an ordinal number, "1." or "15". */
export const DAY = /^(\d{1,2})\.?$/;
/** "15.11.2012", "15/11/12", "15/11-12", "15.11-2012". */
export const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})(?:\2|-)(\d{4}|\d{2})$/;
/** A four-digit year. */
export const YEAR = /^\d{4}$/;

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

/**
 * The full year of a two-digit year: with a reference year, the year ending in those digits nearest
 * to it (a tie goes to the later); else 00-49 are 2000-2049 and 50-99 are 1950-1999.
 */
export function fullYear(twoDigits: number, context: ParseContext): number {
  const reference = context.referenceYear;
  if (reference === undefined) return twoDigits < TWO_DIGIT_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
  const inCentury = reference - (reference % 100) + twoDigits;
  return [inCentury - 100, inCentury, inCentury + 100].reduce((best, year) =>
    Math.abs(year - reference) <= Math.abs(best - reference) ? year : best,
  );
}

/** "15.11.2012", "15.11.12", "15/11-12", "2012-11-15", "1. mai 2013", "mars 2012", "2013". */
export function parsePoint(tokens: Tokens, context: ParseContext): PointAttempt {
  const [a = "", b = "", c = ""] = tokens;
  if (tokens.length === 1) {
    return parseNumericDate(a, context) ?? (isYear(a) ? { ok: true, point: { kind: "year", year: Number(a) } } : undefined);
  }
  const month = MONTH_NAMES.get(tokens.length === 2 ? a : b);
  if (month === undefined) return undefined;
  if (tokens.length === 2 && YEAR.test(b)) return makeMonth(Number(b), month);
  const day = DAY.exec(a);
  if (tokens.length === 3 && day && YEAR.test(c)) return makeDate(Number(c), month, Number(day[1]));
  return undefined;
}

/** A date written in digits in one token: "15.11.2012", "15/11-12", "2012-11-15". */
export function parseNumericDate(token: string, context: ParseContext): PointAttempt {
  const iso = ISO_DATE.exec(token);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(token);
  if (!numeric) return undefined;
  const year = numeric[4] ?? "";
  return makeDate(year.length === 2 ? fullYear(Number(year), context) : Number(year), Number(numeric[3]), Number(numeric[1]));
}

function isYear(token: string): boolean {
  return YEAR.test(token) && Number(token) >= MIN_YEAR && Number(token) <= MAX_YEAR;
}

/** A date point, or `invalid-date` when it does not exist or falls outside 1900-2100. */
export function makeDate(year: number, month: number, day: number): PointAttempt {
  const valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return valid ? { ok: true, point: { kind: "date", date: `${year}-${pad(month)}-${pad(day)}` } } : fail("invalid-date");
}

/** A month point, or `invalid-date`. */
export function makeMonth(year: number, month: number): PointAttempt {
  const valid = year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
  return valid ? { ok: true, point: { kind: "month", month: `${year}-${pad(month)}` } } : fail("invalid-date");
}

/** A range, or `reversed-range` when it ends before it starts. */
export function makeRange(from: DatePoint, to: DatePoint): ParseDeadlineResult {
  const reversed = pointStart(from) > pointStart(to) || pointEnd(from) > pointEnd(to);
  return reversed ? fail("reversed-range") : ok({ kind: "range", from, to });
}

/** A range of two points already read, passing a failure of either on. */
export function rangeOf(from: PointAttempt, to: PointAttempt): ParseDeadlineResult {
  if (from === undefined || !from.ok) return from ?? fail("invalid-date");
  if (to === undefined || !to.ok) return to ?? fail("invalid-date");
  return makeRange(from.point, to.point);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
