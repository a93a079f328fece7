// The shape of a benchmark case. Every timed case is a ratio to a baseline timed beside it in the
// same process (see run.ts); no absolute time is ever reported.

/**
 * The bound a measured ratio or figure should keep: at most `max`, at least `min`, or both.
 *
 * @example
 * const linear: Target = { max: 11 };
 */
export interface Target {
  readonly max?: number;
  readonly min?: number;
}

/**
 * One benchmark: the work to time and the name of the case (in the same group) it is timed against.
 * A case that names no baseline is timed only as the baseline of others.
 *
 * @example
 * const parse: BenchCase = { name: "JSON.parse", fn: () => JSON.parse("[1]") };
 * const check: BenchCase = { name: "validate", fn: () => validate([1]), baseline: "JSON.parse", target: { max: 1 } };
 */
export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
  /** The name of the case this one is divided by: ratio = this case's time / the baseline's time. */
  readonly baseline?: string;
  /** The bound the median ratio should keep. */
  readonly target?: Target;
  /** An IANA time zone (e.g. "Europe/Oslo"): the case (with its baseline) runs in a child process started with `TZ` set to it. */
  readonly timeZone?: string;
  /** A short remark printed under the table (how the case is built, what it leaves out). */
  readonly note?: string;
}

/**
 * Whether a value keeps a target; `undefined` when there is no target.
 *
 * @example
 * meetsTarget(10.4, { max: 11 })
 * //=> true
 */
export function meetsTarget(value: number, target: Target | undefined): boolean | undefined {
  if (target === undefined) return undefined;
  return (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
}

/**
 * A target as text: "<= 1.0x", ">= 100x" or "100x..200x".
 *
 * @example
 * formatTarget({ max: 17.6 }, "x")
 * //=> "<= 17.6x"
 */
export function formatTarget(target: Target | undefined, unit: string): string {
  if (target === undefined) return "";
  const digits = (n: number): string => (Number.isInteger(n) && n < 10 ? n.toFixed(1) : n.toLocaleString("en"));
  const show = (n: number): string => `${digits(n)}${unit}`;
  const { max, min } = target;
  if (max !== undefined && min !== undefined) return `${show(min)}..${show(max)}`;
  if (max !== undefined) return `<= ${show(max)}`;
  return min === undefined ? "" : `>= ${show(min)}`;
}
