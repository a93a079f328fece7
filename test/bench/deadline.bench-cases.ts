import { parseDeadline } from "../../src/core/dates/parse-deadline.js";

/**
 * One benchmark: a name, the work to time, and optionally the name of the case it is compared with.
 *
 * @example
 * const cheap: BenchCase = { name: "noop", fn: () => undefined };
 */
export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
  readonly baseline?: string;
}

const BASELINE = "regex ISO date test";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// 200 characters a parser could stumble on: digits, dots, dashes, month names and prefixes, in no known form.
const UNREADABLE = "innen 15.11 og 1. mai - eller når det passar, pr. 2. veke kvart ".repeat(4).slice(0, 200);

/**
 * Benchmarks for `parseDeadline`, each compared with a bare ISO-date regex test.
 *
 * @example
 * deadlineBenchCases.map((benchCase) => benchCase.name)
 * //=> ["regex ISO date test", "parseDeadline: innen 15.11.2012", "parseDeadline: mai - juni 2012", "parseDeadline: Eit møte pr. år. Innan 1. mai kvart år", "parseDeadline: unreadable 200-character text"]
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
];
