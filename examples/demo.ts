// `npm run demo`: runs every example script on the bundled sample data and prints what it finds.
// A script that reports errors in a plan exits 1 on purpose; the demo expects that where noted.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

interface DemoStep {
  readonly title: string;
  readonly script: string;
  readonly args: readonly string[];
  /** The exit code the script should end with on this data. */
  readonly expectedExit: number;
}

export const demoSteps: readonly DemoStep[] = [
  { title: "Deadlines as written in Norwegian plans", script: "deadlines.ts", args: [], expectedExit: 0 },
];

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

let failed = 0;
for (const step of demoSteps) {
  console.log(`\n=== ${step.title}\n$ tsx examples/${step.script} ${step.args.join(" ")}\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", here(step.script), ...step.args], { stdio: "inherit" });
  if (run.status !== step.expectedExit) {
    failed++;
    console.error(`\n!!! examples/${step.script} exited ${String(run.status)}, expected ${step.expectedExit}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`\nDemo done: ${demoSteps.length} example(s) ran as expected.`);
