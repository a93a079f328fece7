import { addMonths as addMonthsToDate, format } from "date-fns";
import { addMonths } from "../../src/core/dates/day-number.js";
import { deadlineState, parseDeadline, type Recurrence, recurrenceStatus } from "../../src/index.js";
import type { BenchCase } from "./_case.js";

const BASELINE = "regex ISO date test";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// 200 characters a parser could stumble on: digits, dots, dashes, month names and prefixes, in no known form.
const UNREADABLE = "innen 15.11 og 1. mai - eller når det passar, pr. 2. veke kvart ".repeat(4).slice(0, 200);

const TODAY = "2013-06-01";
const WEEKLY: Recurrence = { kind: "recurrence", frequency: "every", interval: 1, unit: "week" };
const TWICE_A_YEAR: Recurrence = { kind: "recurrence", frequency: "times-per-year", times: 2 };
const WEEKLY_LAST_YEAR = "recurrenceStatus: weekly, since last year";
const TWICE_LAST_YEAR = "recurrenceStatus: twice a year, since last year";
const STATE_LAST_YEAR = "deadlineState: weekly, started last year";
const DATE_FNS_MONTHS = "date-fns: addMonths on a local Date, formatted";

/**
 * Benchmarks for `parseDeadline`, each compared with a bare ISO-date regex test, and for
 * `recurrenceStatus` with a start in year 1 compared with a start last year: a ratio near 1 shows
 * the work does not grow with how far back the start lies (`missed` lists at most 100 periods);
 * `deadlineState` (no missed list) likewise; and the integer calendar's `addMonths` compared with
 * date-fns on a `Date`.
 *
 * @example
 * deadlineBenchCases.filter((benchCase) => benchCase.baseline === "recurrenceStatus: weekly, since last year").length
 * //=> 1
 */
export const deadlineBenchCases: BenchCase[] = [
  { name: BASELINE, fn: () => ISO_DATE.test("2012-11-15") },
  { name: "parseDeadline: innen 15.11.2012", fn: () => parseDeadline("innen 15.11.2012"), baseline: BASELINE },
  { name: "parseDeadline: mai - juni 2012", fn: () => parseDeadline("mai - juni 2012"), baseline: BASELINE },
  {
    name: "parseDeadline: Eit møte pr. år. Innan 1. mai kvart år",
    fn: () => parseDeadline("Eit møte pr. år. Innan 1. mai kvart år"),
    baseline: BASELINE,
  },
  { name: "parseDeadline: unreadable 200-character text", fn: () => parseDeadline(UNREADABLE), baseline: BASELINE },
  { name: "parseDeadline: Innan 15.11.20 12", fn: () => parseDeadline("Innan 15.11.20 12"), baseline: BASELINE },
  { name: "parseDeadline: innen uke 12 2013", fn: () => parseDeadline("innen uke 12 2013"), baseline: BASELINE },
  { name: WEEKLY_LAST_YEAR, fn: () => recurrenceStatus(WEEKLY, { today: TODAY, since: "2012-06-01" }) },
  {
    name: "recurrenceStatus: weekly, since year 1",
    fn: () => recurrenceStatus(WEEKLY, { today: TODAY, since: "0001-01-01" }),
    baseline: WEEKLY_LAST_YEAR,
  },
  { name: TWICE_LAST_YEAR, fn: () => recurrenceStatus(TWICE_A_YEAR, { today: TODAY, since: "2012-06-01" }) },
  {
    name: "recurrenceStatus: twice a year, since year 1",
    fn: () => recurrenceStatus(TWICE_A_YEAR, { today: TODAY, since: "0001-01-01" }),
    baseline: TWICE_LAST_YEAR,
  },
  {
    name: "recurrenceStatus: twice a year, since year 1, maxMissed 2",
    fn: () => recurrenceStatus(TWICE_A_YEAR, { today: TODAY, since: "0001-01-01", maxMissed: 2 }),
    baseline: TWICE_LAST_YEAR,
  },
  {
    name: STATE_LAST_YEAR,
    fn: () => deadlineState({ ...WEEKLY, starts: "2012-06-04" }, { today: TODAY, done: ["2013-05-22"] }),
  },
  {
    name: "deadlineState: weekly, started in year 1",
    fn: () => deadlineState({ ...WEEKLY, starts: "0001-01-01" }, { today: TODAY, done: ["2013-05-22"] }),
    baseline: STATE_LAST_YEAR,
  },
  { name: DATE_FNS_MONTHS, fn: () => format(addMonthsToDate(new Date(2013, 0, 31), 1), "yyyy-MM-dd") },
  { name: "integer calendar: addMonths on an ISO date", fn: () => addMonths("2013-01-31", 1), baseline: DATE_FNS_MONTHS },
];
