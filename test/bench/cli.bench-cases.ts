// The `samhandling` command on a batch: its NDJSON throughput on the realistic plan as a ratio to
// validateIndividualPlan in this process on the same documents (the same JSON text, parsed, as an app
// holding the text would validate it), and its peak memory for 100 000 plans against 1 000. The command is the built one (dist/esm/cli/main.js), run as a child process
// fed from a generator (100 000 plans are about 1 GB of NDJSON, never written to disk); the child's
// CPU time and peak RSS come from _child-usage.mjs over fd 3. Measured in `npm run bench cli`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { validateIndividualPlan } from "../../src/index.js";
import type { Figure } from "./_figure.js";
import { REALISTIC_PLAN_TEXT, TODAY } from "./_realistic-plan.js";

const MAIN = fileURLToPath(new URL("../../dist/esm/cli/main.js", import.meta.url));
const USAGE_HOOK = fileURLToPath(new URL("./_child-usage.mjs", import.meta.url));
const THROUGHPUT_PLANS = 20_000;
const ROUNDS = 5;
const LINES_PER_CHUNK = 8;

/** What one run of the command used: wall and CPU time, peak RSS, and what it printed. */
interface ChildRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly documents: number;
}

/** The NDJSON of `count` copies of the realistic plan, made as it is read. */
function* ndjson(count: number): Generator<string> {
  const line = `${REALISTIC_PLAN_TEXT}\n`;
  const chunk = line.repeat(LINES_PER_CHUNK);
  let left = count;
  for (; left >= LINES_PER_CHUNK; left -= LINES_PER_CHUNK) yield chunk;
  if (left > 0) yield line.repeat(left);
}

/** Runs `samhandling check - --format ndjson` on `count` plans and reads its summary and usage. */
function runCommand(count: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", USAGE_HOOK, MAIN, "check", "-", "--today", TODAY, "--format", "ndjson"], {
      stdio: ["pipe", "pipe", "pipe", "pipe"],
    });
    let tail = "";
    let usage = "";
    let errors = "";
    child.stdout.on("data", (data: Buffer) => {
      tail = (tail + data.toString("utf8")).slice(-4096);
    });
    child.stderr.on("data", (data: Buffer) => (errors += data.toString("utf8")));
    child.stdio[3]?.on("data", (data: Buffer) => (usage += data.toString("utf8")));
    child.on("error", reject);
    Readable.from(ndjson(count)).pipe(child.stdin);
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      const summary: unknown = JSON.parse(tail.trim().split("\n").at(-1) ?? "null");
      const documents: unknown = summary !== null && typeof summary === "object" ? Reflect.get(summary, "documents") : undefined;
      const used: unknown = usage === "" ? undefined : JSON.parse(usage);
      const maxRssKb: unknown = used !== null && typeof used === "object" ? Reflect.get(used, "maxRssKb") : undefined;
      const cpuMicros: unknown = used !== null && typeof used === "object" ? Reflect.get(used, "cpuMicros") : undefined;
      if (code !== 0 || typeof documents !== "number" || typeof maxRssKb !== "number" || typeof cpuMicros !== "number") {
        reject(new Error(`the command exited ${String(code)}: ${errors.trim().split("\n").at(-1) ?? ""}`));
        return;
      }
      resolve({ wallMs, cpuMs: cpuMicros / 1000, maxRssMb: maxRssKb / 1024, documents });
    });
  });
}

/** validateIndividualPlan on `count` plans parsed from the same text, in this process: CPU time. */
function runInProcess(count: number, parse: boolean): number {
  const value: unknown = JSON.parse(REALISTIC_PLAN_TEXT);
  const started = process.cpuUsage();
  for (let i = 0; i < count; i++) validateIndividualPlan(parse ? JSON.parse(REALISTIC_PLAN_TEXT) : value, { today: TODAY });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The figures of the command: throughput as a ratio to in-process parsing and validation of the same
 * text (CPU time, median of interleaved rounds) and peak RSS at 100 000 plans over 1 000.
 *
 * @example
 * (await cliFigures()).map((figure) => figure.name)
 */
export async function cliFigures(): Promise<Figure[]> {
  if (!existsSync(MAIN)) throw new Error("dist/esm/cli/main.js is missing: run `npm run build` first");
  if (!validateIndividualPlan(JSON.parse(REALISTIC_PLAN_TEXT), { today: TODAY }).ok) throw new Error("the realistic plan does not pass validateIndividualPlan");
  runInProcess(2_000, true); // warm this process up, as the command warms up over its batch
  const versusValidate: number[] = [];
  const versusParseAndValidate: number[] = [];
  const wallRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const child = await runCommand(THROUGHPUT_PLANS);
    if (child.documents !== THROUGHPUT_PLANS) throw new Error(`the command checked ${child.documents} of ${THROUGHPUT_PLANS} plans`);
    const validateOnly = runInProcess(THROUGHPUT_PLANS, false);
    const parseAndValidate = runInProcess(THROUGHPUT_PLANS, true);
    versusValidate.push(validateOnly / child.cpuMs);
    versusParseAndValidate.push(parseAndValidate / child.cpuMs);
    wallRatios.push(parseAndValidate / child.wallMs);
  }
  const small = await runCommand(1_000);
  const large = await runCommand(100_000);
  if (large.documents !== 100_000) throw new Error(`the command checked ${large.documents} of 100000 plans`);
  return [
    {
      name: `throughput of check --format ndjson, ${THROUGHPUT_PLANS} realistic plans on stdin / JSON.parse + validateIndividualPlan in-process (CPU time)`,
      value: median(versusParseAndValidate),
      unit: "x",
      target: { min: 0.8 },
      note: `median of ${ROUNDS} interleaved rounds; the command also starts Node, reads the pipe, decodes UTF-8, finds the kind and writes a record a plan (12 findings each); by wall time ${median(wallRatios).toFixed(2)}x (the machine is shared); against validateIndividualPlan of one pre-parsed value, without JSON.parse, ${median(versusValidate).toFixed(2)}x`,
    },
    {
      name: "peak RSS of check on 100 000 plans / on 1 000 plans",
      value: large.maxRssMb / small.maxRssMb,
      unit: "x",
      target: { max: 1.5 },
      note: `${large.maxRssMb.toFixed(0)} MB for 100 000 plans (${((100_000 * (REALISTIC_PLAN_TEXT.length + 1)) / 1e9).toFixed(2)} GB of NDJSON), ${small.maxRssMb.toFixed(0)} MB for 1 000; ${(large.wallMs / 1000).toFixed(1)} s wall for 100 000`,
    },
  ];
}
