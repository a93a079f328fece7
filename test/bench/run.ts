// `npm run bench`: ops/s for each case, and the ratio to its baseline measured in the same run.
// Timings belong here, never in tests.
import { Bench } from "tinybench";
import { actionPlanBenchCases } from "./action-plan.bench-cases.js";
import { deadlineBenchCases } from "./deadline.bench-cases.js";
import { identifierBenchCases } from "./identifiers.bench-cases.js";
import { individualPlanBenchCases } from "./individual-plan.bench-cases.js";
import { mappingBenchCases } from "./mapping.bench-cases.js";
import { reportingBenchCases } from "./reporting.bench-cases.js";

interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
  readonly baseline?: string;
}

const groups: ReadonlyArray<readonly [string, readonly BenchCase[]]> = [
  ["deadlines", deadlineBenchCases],
  ["identifiers", identifierBenchCases],
  ["individual plans", individualPlanBenchCases],
  ["mapping", mappingBenchCases],
  ["reporting", reportingBenchCases],
  ["action plans and milestones", actionPlanBenchCases],
];

const only = process.argv[2];
for (const [group, cases] of groups) {
  if (only !== undefined && !group.includes(only)) continue;
  const bench = new Bench({ time: 300, warmupTime: 100 });
  for (const benchCase of cases) bench.add(benchCase.name, benchCase.fn);
  await bench.run();
  const hz = new Map(bench.tasks.map((task) => [task.name, "throughput" in task.result ? task.result.throughput.mean : 0]));
  console.log(`\n## ${group}`);
  console.log(`${"case".padEnd(56)} ${"ops/s".padStart(14)}  vs baseline`);
  for (const benchCase of cases) {
    const ops = hz.get(benchCase.name) ?? 0;
    const base = benchCase.baseline === undefined ? undefined : hz.get(benchCase.baseline);
    const ratio = base === undefined || base === 0 ? "" : `${(ops / base).toFixed(3)}x  (${benchCase.baseline})`;
    console.log(`${benchCase.name.padEnd(56)} ${Math.round(ops).toLocaleString("en").padStart(14)}  ${ratio}`);
  }
}
