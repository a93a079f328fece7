import { describeValue, ownOption } from "../../_lib/options.js";
import { DEADLINE_PREFIXES } from "./_deadline-words.js";
import { CLOCK_WORDS, LABELS, SEASON_WORDS, VAGUE_PHRASES, VAGUE_WORDS } from "./_more-deadline-words.js";
import { fail, MAX_YEAR, MIN_YEAR, ok, type ParseContext, stripPrefixes, type Tokens } from "./_parse-point.js";
import { parseRecurrence, timesPerYear } from "./_parse-recurrence.js";
import { parseOneOff } from "./_parse-span.js";
import { joinWrappedYears, normalize, splitClauses, tokenize } from "./_tokenize.js";
import type { Deadline } from "./deadline.js";

/**
 * Why a text could not be read as a deadline:
 * - `empty`: blank text;
 * - `unrecognized`: no known form, not a string, or text longer than any deadline (over 500
 *   characters or six clauses);
 * - `invalid-date`: a date, month or week that does not exist (31.02.2012, uke 53 2013), or a year
 *   outside 1900-2100;
 * - `reversed-range`: a span that ends before it starts;
 * - `vague`: a time that names no day ("snarest", "løpende", "ved behov");
 * - `season`: a season or holiday ("våren 2013", "høsten 2013", "sommer", "før jul");
 * - `week-without-year`: a week number with no year ("uke 12") and no `referenceYear`.
 *
 * @example
 * const reason: ParseDeadlineFailure = "invalid-date"; // "31.02.2012"
 */
export type ParseDeadlineFailure =
  | "empty"
  | "unrecognized"
  | "invalid-date"
  | "reversed-range"
  | "vague"
  | "season"
  | "week-without-year";

/**
 * The result of {@link parseDeadline}: the deadline, or the reason it could not be read.
 *
 * @example
 * const result: ParseDeadlineResult = { ok: true, deadline: { kind: "month", month: "2012-03" } };
 */
export type ParseDeadlineResult =
  | { readonly ok: true; readonly deadline: Deadline }
  | { readonly ok: false; readonly reason: ParseDeadlineFailure };

/**
 * Options for {@link parseDeadline}.
 *
 * @example
 * const options: ParseDeadlineOptions = { referenceYear: 2012 }; // the year the plan was written
 */
export interface ParseDeadlineOptions {
  /**
   * The year the text was written in, e.g. the year a plan was signed (1900-2100). A two-digit year
   * is then read as the year ending in those digits nearest to it, and a week without a year
   * ("uke 12") as a week of this year.
   */
  readonly referenceYear?: number;
}

/** No known form is longer; a longer clause is refused before any form is tried. */
const MAX_CLAUSE_TOKENS = 16;
/** No deadline is written longer: longer text, or text of more clauses, is refused before it is read. */
const MAX_TEXT_LENGTH = 500;
const MAX_CLAUSES = 6;
// Anchored, with bounded quantifiers only: each runs in linear time on any token.
const CLOCK_TIME = /^(\d{1,2})(?:[:.](\d{2}))?$|^(\d{2})(\d{2})$/;

/**
 * Reads a deadline (frist) as written in a Norwegian plan, bokmål or nynorsk: a date, a month, a
 * year, a span, an ISO week, a quarter or half-year, a part of a month, or a recurrence. Text it
 * cannot read gives a reason, never a guessed deadline. A two-digit year is read near
 * `referenceYear` when given, else as 2000-2049 (00-49) or 1950-1999 (50-99). A minimum frequency
 * ("minst to ganger i året") is read as the frequency. Text of several sentences ("Eit møte pr. år.
 * Innan 1. mai kvart år") is read sentence by sentence and must agree; once a year and a yearly due
 * day make that due day, and a vague sentence beside a readable one is left out. Never throws on
 * any text.
 *
 * @param text - The deadline as written, e.g. from the "Tid" column of an action plan (handlingsplan).
 * @param options - `referenceYear`, the year the text was written in.
 * @returns `{ ok: true, deadline }`, or `{ ok: false, reason }` with a {@link ParseDeadlineFailure}.
 * @throws TypeError when `options` is not an object; RangeError when `referenceYear` is not a whole
 *   number from 1900 to 2100.
 *
 * @example
 * parseDeadline("Innan 15.11.2012")
 * //=> { ok: true, deadline: { kind: "date", date: "2012-11-15" } }
 * parseDeadline("mai - juni 2012")
 * //=> { ok: true, deadline: { kind: "range", from: { kind: "month", month: "2012-05" }, to: { kind: "month", month: "2012-06" } } }
 * parseDeadline("Kontinuerleg to gongar i året")
 * //=> { ok: true, deadline: { kind: "recurrence", frequency: "times-per-year", times: 2 } }
 * parseDeadline("15.06.99", { referenceYear: 2012 })
 * //=> { ok: true, deadline: { kind: "date", date: "1999-06-15" } }
 * parseDeadline("snarest")
 * //=> { ok: false, reason: "vague" }
 */
export function parseDeadline(text: unknown, options?: ParseDeadlineOptions): ParseDeadlineResult {
  const context = resolveParseOptions(options);
  if (typeof text !== "string") return fail("unrecognized");
  if (text.length > MAX_TEXT_LENGTH) return fail(text.trim() === "" ? "empty" : "unrecognized");
  const tokens = tokenize(normalize(text));
  if (tokens.length === 0) return fail("empty");
  const clauses = splitClauses(tokens);
  if (clauses.length > MAX_CLAUSES) return fail("unrecognized");
  const deadlines: Deadline[] = [];
  let refusal: ParseDeadlineResult | undefined;
  for (const clause of clauses) {
    const result = parseClause(clause, context);
    if (!result.ok) {
      if (result.reason !== "vague" && result.reason !== "season") return result;
      refusal ??= result;
      continue;
    }
    if (!deadlines.some((deadline) => same(deadline, result.deadline))) deadlines.push(result.deadline);
    if (deadlines.length > 2) return fail("unrecognized");
  }
  return deadlines.length === 0 && refusal !== undefined ? refusal : combineClauses(deadlines);
}

function resolveParseOptions(options: unknown): ParseContext {
  if (options === undefined) return { referenceYear: undefined };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`parseDeadline: options must be an object, got ${describeValue(options)}`);
  }
  const referenceYear = ownOption(options, "referenceYear");
  if (referenceYear === undefined) return { referenceYear: undefined };
  if (typeof referenceYear !== "number" || !Number.isInteger(referenceYear) || referenceYear < MIN_YEAR || referenceYear > MAX_YEAR) {
    throw new RangeError(
      `parseDeadline: options.referenceYear must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}, got ${describeValue(referenceYear)}`,
    );
  }
  return { referenceYear };
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

function parseClause(clause: Tokens, context: ParseContext): ParseDeadlineResult {
  if (clause.length > MAX_CLAUSE_TOKENS) return fail("unrecognized");
  const tokens = joinWrappedYears(stripPrefixes(clause, LABELS));
  const timed = withoutClockTime(tokens);
  if (timed !== undefined) {
    const result = timed.length === 0 ? undefined : parseOneOff(stripPrefixes(timed, DEADLINE_PREFIXES), context);
    return result === undefined || (result.ok && result.deadline.kind !== "date") ? fail("unrecognized") : result;
  }
  const result = parseRecurrence(tokens, context) ?? parseOneOff(stripPrefixes(tokens, DEADLINE_PREFIXES), context);
  return result ?? refusalOf(tokens);
}

/** The clause without a trailing time of day ("kl. 12:00", "kl 1200"), or `undefined` when it has none. */
function withoutClockTime(tokens: Tokens): Tokens | undefined {
  const time = tokens.length >= 2 && CLOCK_WORDS.has(tokens[tokens.length - 2] ?? "") ? CLOCK_TIME.exec(tokens[tokens.length - 1] ?? "") : null;
  if (!time) return undefined;
  const hours = Number(time[1] ?? time[3]);
  const minutes = Number(time[2] ?? time[4] ?? 0);
  return hours <= 23 && minutes <= 59 ? tokens.slice(0, -2) : [];
}

/** Why an unread clause is refused: `season`, `vague`, or else `unrecognized`. */
function refusalOf(tokens: Tokens): ParseDeadlineResult {
  if (tokens.some((token) => SEASON_WORDS.has(token))) return fail("season");
  const phrase = stripPrefixes(tokens, DEADLINE_PREFIXES).join(" ");
  return VAGUE_PHRASES.has(phrase) || tokens.some((token) => VAGUE_WORDS.has(token)) ? fail("vague") : fail("unrecognized");
}
