// `npm run bench [group]`: every timed case as a ratio to its baseline, both run in this process in
// interleaved, paired rounds (see _measure.ts), with median, spread and target; then static figures.
// A case bound to another time zone runs in a child process started with TZ set to it. Timings
// belong here, never in tests. Options by environment: BENCH_ROUNDS, BENCH_BATCH_MS, BENCH_WARMUP_MS,
// BENCH_WARMUP_MAX_MS, BENCH_CLOCK (cpu, the default, or wall).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchCase } from "./_case.js";
import { type MeasureOptions, measureRatio, type RatioMeasurement } from "./_measure.js";
import {
  printFigureError,
  printFigureHead,
  printFigureRow,
  printNotes,
  printRatioHead,
  printRatioRow,
  printSummary,
  type TargetOutcome,
} from "./_report.js";
import type { Figure } from "./_figure.js";
import { figureProviders } from "./figures.js";

interface RatioGroup {
  readonly name: string;
  readonly load: () => Promise<readonly BenchCase[]>;
}

// Loaded on demand, so a group's inputs are built (and medplum indexed) only when it runs.
const ratioGroups: readonly RatioGroup[] = [
  { name: "deadlines", load: async () => (await import("./deadline.bench-cases.js")).deadlineBenchCases },
  { name: "identifiers", load: async () => (await import("./identifiers.bench-cases.js")).identifierBenchCases },
  { name: "individual plans", load: async () => (await import("./individual-plan.bench-cases.js")).individualPlanBenchCases },
  { name: "peers: ajv and medplum", load: async () => (await import("./peers.bench-cases.js")).peerBenchCases },
  { name: "mapping", load: async () => (await import("./mapping.bench-cases.js")).mappingBenchCases },
  { name: "reporting", load: async () => (await import("./reporting.bench-cases.js")).reportingBenchCases },
  { name: "action plans and milestones", load: async () => (await import("./action-plan.bench-cases.js")).actionPlanBenchCases },
  { name: "evaluation and development projects", load: async () => (await import("./evaluation.bench-cases.js")).evaluationBenchCases },
  { name: "fhir", load: async () => (await import("./fhir.bench-cases.js")).fhirBenchCases },
  { name: "pathways", load: async () => (await import("./pathway.bench-cases.js")).pathwayBenchCases },
  { name: "report groupings", load: async () => (await import("./groupings.bench-cases.js")).groupingBenchCases },
];
const FIGURES = "figures";
// Groups measured across processes (the built command), printed as figures.
const processGroups: readonly { readonly name: string; readonly provide: () => Promise<readonly Figure[]> }[] = [
  { name: "cli", provide: async () => (await import("./cli.bench-cases.js")).cliFigures() },
];

const SCRIPT = fileURLToPath(import.meta.url);
const CHILD_FLAG = "--child";
const RESULT_PREFIX = "BENCH_RESULT ";

function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new RangeError(`${name} must be a number from ${min} to ${max}, got ${raw}`);
  return value;
}

function benchClock(raw: string | undefined): MeasureOptions["clock"] {
  if (raw === undefined || raw === "" || raw === "cpu") return "cpu";
  if (raw === "wall") return "wall";
  throw new RangeError(`BENCH_CLOCK must be "cpu" or "wall", got ${raw}`);
}

const options: MeasureOptions = {
  clock: benchClock(process.env["BENCH_CLOCK"]),
  rounds: Math.round(envNumber("BENCH_ROUNDS", 21, 3, 1000)),
  batchMs: envNumber("BENCH_BATCH_MS", 30, 1, 1000),
  warmupMs: envNumber("BENCH_WARMUP_MS", 1500, 0, 60_000),
  maxWarmupMs: envNumber("BENCH_WARMUP_MAX_MS", 12_000, 0, 600_000),
};

const currentZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
const canonicalZone = (zone: string): string => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;

function measureHere(benchCase: BenchCase, cases: readonly BenchCase[]): RatioMeasurement {
  const baseline = cases.find((candidate) => candidate.name === benchCase.baseline);
  if (baseline === undefined) throw new Error(`no baseline named "${benchCase.baseline ?? ""}" in the group`);
  return measureRatio(benchCase.fn, baseline.fn, options);
}

function isMeasurement(value: unknown): value is RatioMeasurement {
  if (typeof value !== "object" || value === null) return false;
  const fields: readonly string[] = ["median", "p10", "p90", "min", "max", "caseBatch", "baselineBatch"];
  return fields.every((field) => typeof Reflect.get(value, field) === "number") && Array.isArray(Reflect.get(value, "ratios"));
}

/** Runs one case in a child process with `TZ=zone` and reads its measurement from the child's stdout. */
function measureInZone(group: string, benchCase: BenchCase, zone: string): Promise<RatioMeasurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, SCRIPT, CHILD_FLAG, group, benchCase.name], {
      env: { ...process.env, TZ: zone },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((text) => text.startsWith(RESULT_PREFIX));
      if (line === undefined) {
        reject(new Error(`child (TZ=${zone}) exited ${String(code)} without a result: ${err.trim().split("\n").at(-1) ?? ""}`));
        return;
      }
      const result: unknown = JSON.parse(line.slice(RESULT_PREFIX.length));
      const childZone: unknown = typeof result === "object" && result !== null ? Reflect.get(result, "zone") : undefined;
      const measurement: unknown = typeof result === "object" && result !== null ? Reflect.get(result, "measurement") : undefined;
      if (childZone !== canonicalZone(zone)) reject(new Error(`child ran in ${String(childZone)}, not ${zone}`));
      else if (!isMeasurement(measurement)) reject(new Error("child sent no measurement"));
      else resolve(measurement);
    });
  });
}

async function measureCase(group: string, benchCase: BenchCase, cases: readonly BenchCase[]): Promise<RatioMeasurement> {
  // Always a fresh process for a zone-bound case, even in the current zone, so cases compared
  // across zones are measured the same way (same warm-up, same heap).
  const zone = benchCase.timeZone;
  return zone === undefined ? measureHere(benchCase, cases) : measureInZone(group, benchCase, zone);
}

async function runRatioGroup(group: RatioGroup): Promise<TargetOutcome[]> {
  let cases: readonly BenchCase[];
  try {
    cases = await group.load();
  } catch (error) {
    console.log(`\n## ${group.name}\n\nerror while building the group's inputs: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  printRatioHead(group.name);
  const outcomes: TargetOutcome[] = [];
  for (const benchCase of cases) {
    if (benchCase.baseline === undefined) continue;
    let outcome: TargetOutcome | undefined;
    try {
      outcome = printRatioRow(benchCase, await measureCase(group.name, benchCase, cases), undefined);
    } catch (error) {
      outcome = printRatioRow(benchCase, undefined, error instanceof Error ? error.message : String(error));
    }
    if (outcome !== undefined) outcomes.push(outcome);
  }
  const usedAsBaseline = new Set(cases.map((benchCase) => benchCase.baseline));
  const loose = cases.filter((benchCase) => benchCase.baseline === undefined && !usedAsBaseline.has(benchCase.name));
  printNotes([...cases, ...loose.map((benchCase) => ({ name: benchCase.name, note: "no baseline, not timed" }))]);
  return outcomes;
}

async function runFigures(): Promise<TargetOutcome[]> {
  printFigureHead(FIGURES);
  const outcomes: TargetOutcome[] = [];
  for (const provider of figureProviders) {
    try {
      for (const figure of await provider.provide()) {
        const outcome = printFigureRow(provider.name, figure);
        if (outcome !== undefined) outcomes.push(outcome);
      }
    } catch (error) {
      printFigureError(provider.name, error);
    }
  }
  return outcomes;
}

async function runChild(groupName: string, caseName: string): Promise<void> {
  const group = ratioGroups.find((candidate) => candidate.name === groupName);
  if (group === undefined) throw new Error(`no group "${groupName}"`);
  const cases = await group.load();
  const benchCase = cases.find((candidate) => candidate.name === caseName);
  if (benchCase === undefined) throw new Error(`no case "${caseName}" in "${groupName}"`);
  const measurement = measureHere(benchCase, cases);
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ zone: canonicalZone(currentZone()), measurement })}\n`);
}

async function runAll(only: string | undefined): Promise<void> {
  const groups = ratioGroups.filter((group) => only === undefined || group.name.includes(only));
  const withFigures = only === undefined || FIGURES.includes(only);
  const processes = processGroups.filter((group) => only === undefined || group.name.includes(only));
  if (groups.length === 0 && !withFigures && processes.length === 0) {
    console.error(`no group matches "${only ?? ""}"; groups: ${[...ratioGroups.map((group) => group.name), FIGURES, ...processGroups.map((group) => group.name)].join(", ")}`);
    process.exitCode = 1;
    return;
  }
  console.log("# samhandling bench");
  console.log(
    `\nratio = time per call of the case / time per call of its baseline (${options.clock === "cpu" ? "process CPU time" : "wall time"}), ` +
      `both in one process; ${options.rounds} rounds, ` +
      `each a ~${options.batchMs} ms batch of one and then of the other (order alternating), after a warm-up of ${options.warmupMs} ms, continued until both times per call settle (at most ${options.maxWarmupMs} ms); ` +
      `median and p10..p90 over the rounds. Node ${process.version}, time zone ${currentZone()}.`,
  );
  const outcomes: TargetOutcome[] = [];
  for (const group of groups) outcomes.push(...(await runRatioGroup(group)));
  if (withFigures) outcomes.push(...(await runFigures()));
  for (const group of processes) {
    printFigureHead(group.name);
    try {
      for (const figure of await group.provide()) {
        const outcome = printFigureRow(group.name, figure);
        if (outcome !== undefined) outcomes.push(outcome);
      }
    } catch (error) {
      printFigureError(group.name, error);
    }
  }
  printSummary(outcomes);
}

const args = process.argv.slice(2);
if (args[0] === CHILD_FLAG) await runChild(args[1] ?? "", args[2] ?? "");
else await runAll(args[0]);
