/**
 * One-off deadlines for `parseDeadline`: a point, a part of a year or month, or a span between two
 * points. Internal: not exported from the package.
 *
 * @module
 */
import { MONTH_NAMES } from "./_deadline-words.js";
import { parseCalendarPart } from "./_parse-calendar.js";
import {
  type Attempt,
  DAY,
  DAY_MONTH,
  makeDate,
  makeMonth,
  makeRange,
  ok,
  type ParseContext,
  parsePoint,
  type PointAttempt,
  stripPrefixes,
  type Tokens,
} from "./_parse-point.js";
import { type DatePoint, pointStart } from "./deadline.js";

/** A date, month, year, week, quarter, half-year, part of a month or span, any deadline prefix stripped. */
export function parseOneOff(tokens: Tokens, context: ParseContext): Attempt {
  const point = parsePoint(tokens, context);
  if (point !== undefined) return point.ok ? ok(point.point) : point;
  return parseCalendarPart(tokens, context) ?? parseRange(tokens, context);
}

/**
 * "oktober 2012 - januar 2013", "fra oktober 2012 til januar 2013", "mai - juni 2012" (the first month
 * borrows the year, or the year before when it comes later in the year), "1.-15. mars 2013" (the
 * first day borrows month and year), "mai 2012 juni 2012".
 */
function parseRange(tokens: Tokens, context: ParseContext): Attempt {
  const body = stripPrefixes(tokens, [["fra", "og", "med"], ["frå", "og", "med"], ["fra"], ["frå"]]);
  const at = body.findIndex((token) => token === "-" || token === "til");
  if (at === -1) return body === tokens ? parseSideBySide(tokens, context) : undefined;
  const to = parsePoint(stripPrefixes(body.slice(at + 1), [["og", "med"]]), context);
  if (to === undefined || !to.ok) return to;
  const left = body.slice(0, at);
  const from = parsePoint(left, context) ?? borrow(left, to.point);
  if (from === undefined || !from.ok) return from;
  return makeRange(from.point, to.point);
}

/**
 * The start of a span that leaves out what its end says: "mai" before "juni 2012", "1." before
 * "15. mars 2013", "1. desember" or "1.12" before "15.01.2013" (the year before, as it comes later
 * in the year).
 */
function borrow(left: Tokens, to: DatePoint): PointAttempt {
  if (to.kind === "year") return undefined;
  const [year = 0, toMonth = 0] = pointStart(to).split("-").map(Number);
  const [a = "", b = ""] = left;
  const monthName = left.length === 1 ? MONTH_NAMES.get(a) : undefined;
  if (monthName !== undefined) return makeMonth(monthName > toMonth ? year - 1 : year, monthName);
  if (to.kind !== "date") return undefined;
  const day = DAY.exec(a);
  if (left.length === 1 && day) return makeDate(year, toMonth, Number(day[1]));
  const dayMonth = left.length === 1 ? DAY_MONTH.exec(a) : null;
  const named = left.length === 2 && day ? MONTH_NAMES.get(b) : undefined;
  const month = dayMonth ? Number(dayMonth[2]) : named;
  if (month === undefined) return undefined;
  return makeDate(month > toMonth ? year - 1 : year, month, Number(dayMonth?.[1] ?? day?.[1]));
}

/** Two points of the same kind side by side: "mai 2012 juni 2012", "1.10.2012 31.01.2013". */
function parseSideBySide(tokens: Tokens, context: ParseContext): Attempt {
  for (let at = 1; at < tokens.length && tokens.length <= 6; at += 1) {
    const from = parsePoint(tokens.slice(0, at), context);
    const to = parsePoint(tokens.slice(at), context);
    if (from === undefined || to === undefined) continue;
    if (!from.ok) return from;
    if (!to.ok) return to;
    if (from.point.kind === to.point.kind) return makeRange(from.point, to.point);
  }
  return undefined;
}
