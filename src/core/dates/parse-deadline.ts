import { ABBREVIATIONS, DEADLINE_PREFIXES } from "./_deadline-words.js";
import { DAY_MONTH, fail, ISO_DATE, ok, parseOneOff, stripPrefixes, type Tokens } from "./_parse-point.js";
import { parseRecurrence, timesPerYear } from "./_parse-recurrence.js";
import type { Deadline } from "./deadline.js";

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

/** No known form is longer; a longer clause is refused before any form is tried. */
const MAX_CLAUSE_TOKENS = 16;

// Anchored, with bounded quantifiers only: each runs in linear time on any token.
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

// ---- Reading and combining clauses ---------------------------------------------------------------

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
