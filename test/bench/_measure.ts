// Paired, interleaved timing of a case against its baseline. The machine is shared and loaded, so
// absolute times mean little; the ratio of two batches run back to back in the same process does.
import { performance } from "node:perf_hooks";

/**
 * How a ratio is measured: rounds, the wall time a batch aims at, and the warm-up before calibration.
 *
 * @example
 * const quick: MeasureOptions = { clock: "cpu", rounds: 11, batchMs: 20, warmupMs: 200, maxWarmupMs: 1000 };
 */
export interface MeasureOptions {
  /** "wall": elapsed time; "cpu": this process's CPU time (user + system), which leaves out time the OS gave to other processes. */
  readonly clock: "wall" | "cpu";
  readonly rounds: number;
  readonly batchMs: number;
  /** Warm-up, both sides together: at least this long, then until settled ... */
  readonly warmupMs: number;
  /** ... but no longer than this. */
  readonly maxWarmupMs: number;
}

/**
 * The paired ratios of one case to its baseline, one per round, with their median and spread.
 *
 * @example
 * const m: RatioMeasurement = { ratios: [0.9, 1, 1.1], median: 1, p10: 0.9, p90: 1.1, min: 0.9, max: 1.1, caseBatch: 40, baselineBatch: 4000 };
 */
export interface RatioMeasurement {
  readonly ratios: readonly number[];
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
  /** Calls per batch of the case and of the baseline (each sized to about `batchMs`). */
  readonly caseBatch: number;
  readonly baselineBatch: number;
}

/** Holds the last result so no call can be dropped as dead code. */
export let sink: unknown;

let clock: "wall" | "cpu" = "wall";

function now(): number {
  if (clock === "wall") return performance.now();
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timeBatch(fn: () => unknown, calls: number): number {
  const start = now();
  for (let i = 0; i < calls; i++) sink = fn();
  return now() - start;
}

/** One side of the warm-up: calls per slice (re-sized after every slice) and the time per call of each slice. */
interface WarmSide {
  calls: number;
  readonly perCall: number[];
}

const SLICE_MS = 50;

function runSlice(fn: () => unknown, side: WarmSide): number {
  const elapsed = timeBatch(fn, side.calls);
  side.perCall.push(elapsed / side.calls);
  side.calls = Math.max(1, Math.round((side.calls * SLICE_MS) / Math.max(elapsed, 1e-3)));
  return elapsed;
}

/** Settled: the median time per call of the last six slices is no longer 3 % below that of the six before. */
function settled(perCall: readonly number[]): boolean {
  if (perCall.length < 12) return false;
  const middle = (values: readonly number[]): number => quantile([...values].sort((a, b) => a - b), 0.5);
  return middle(perCall.slice(-6)) >= 0.97 * middle(perCall.slice(-12, -6));
}

/**
 * Runs both in alternating slices of about 50 ms for at least `minMs` (both sides together, on the
 * chosen clock) and then until both have settled, at most `maxMs`: on a loaded machine the JIT's
 * background compiler may take seconds to deliver optimised code. Returns the calls per slice.
 */
function warmUp(fn: () => unknown, baseline: () => unknown, minMs: number, maxMs: number): readonly [number, number] {
  const caseSide: WarmSide = { calls: 1, perCall: [] };
  const baselineSide: WarmSide = { calls: 1, perCall: [] };
  let spent = 0;
  while (spent < maxMs) {
    spent += runSlice(fn, caseSide) + runSlice(baseline, baselineSide);
    if (spent >= minMs && settled(caseSide.perCall) && settled(baselineSide.perCall)) break;
  }
  return [caseSide.calls, baselineSide.calls];
}

/** The q-quantile (0..1) of sorted values, interpolated linearly between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[Math.min(low + 1, sorted.length - 1)] ?? lowValue;
  return lowValue + (highValue - lowValue) * (at - low);
}

/**
 * Summarises per-round ratios: median, p10, p90, min and max.
 *
 * @example
 * summarize([3, 1, 2], 1, 1).median
 * //=> 2
 */
export function summarize(ratios: readonly number[], caseBatch: number, baselineBatch: number): RatioMeasurement {
  const sorted = [...ratios].sort((a, b) => a - b);
  return {
    ratios,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    caseBatch,
    baselineBatch,
  };
}

/**
 * Times `fn` against `baseline` in interleaved rounds: each round runs a batch of one and a batch of
 * the other back to back, alternating which goes first, and records (time per call of `fn`) / (time
 * per call of `baseline`). Both are warmed up first, until their times per call have settled, and
 * each batch is sized from the last warm-up slice.
 *
 * @param fn - The case.
 * @param baseline - What it is divided by.
 * @param options - Rounds, batch length and warm-up.
 * @returns The per-round ratios and their median and spread.
 *
 * @example
 * measureRatio(() => JSON.parse(text), () => text.length, { clock: "cpu", rounds: 15, batchMs: 30, warmupMs: 1000, maxWarmupMs: 10000 }).median
 * //=> 412.5 (for example)
 */
export function measureRatio(fn: () => unknown, baseline: () => unknown, options: MeasureOptions): RatioMeasurement {
  clock = options.clock;
  const [caseSlice, baselineSlice] = warmUp(fn, baseline, options.warmupMs, options.maxWarmupMs);
  const caseBatch = Math.max(1, Math.round((caseSlice * options.batchMs) / SLICE_MS));
  const baselineBatch = Math.max(1, Math.round((baselineSlice * options.batchMs) / SLICE_MS));
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    let caseMs: number;
    let baselineMs: number;
    if (round % 2 === 0) {
      caseMs = timeBatch(fn, caseBatch);
      baselineMs = timeBatch(baseline, baselineBatch);
    } else {
      baselineMs = timeBatch(baseline, baselineBatch);
      caseMs = timeBatch(fn, caseBatch);
    }
    ratios.push(caseMs / caseBatch / (baselineMs / baselineBatch));
  }
  return summarize(ratios, caseBatch, baselineBatch);
}
