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
  {
    title: "Individual plan: a sound plan",
    script: "check-individual-plan.ts",
    args: ["examples/data/individual-plan-sound.json"],
    expectedExit: 0,
  },
  {
    title: "Individual plan: a plan with many problems (exits 1: it has errors)",
    script: "check-individual-plan.ts",
    args: ["examples/data/individual-plan-problems.json"],
    expectedExit: 1,
  },
  {
    title: "Individual plan: a 15-year-old's plan with a parent's consent",
    script: "check-individual-plan.ts",
    args: ["examples/data/individual-plan-minor.json", "--locale", "nn"],
    expectedExit: 0,
  },
  {
    title: "Individual plan: turned 16 on a parent's consent (exits 1: the consent no longer counts)",
    script: "check-individual-plan.ts",
    args: ["examples/data/individual-plan-turned-16.json", "--locale", "en"],
    expectedExit: 1,
  },
  {
    title: "Overdue and due soon in the seed action plan and milestone schedule",
    script: "overdue-report.ts",
    // Paths from the package root, where `npm run demo` runs.
    args: ["examples/data/stranda-action-plan-2012.json", "examples/data/coordination-project-milestones.json", "--today", "2013-06-01"],
    expectedExit: 0,
  },
  {
    title: "Yearly municipal reports: county and national FTE series",
    script: "reporting-trends.ts",
    args: ["--today", "2025-03-01"],
    expectedExit: 0,
  },
  {
    title: "Mapping surveys: summary, common findings and a draft action plan",
    script: "mapping-summary.ts",
    args: ["--today", "2012-05-10"],
    expectedExit: 0,
  },
  { title: "Coordinating unit's cases: findings and the work list (exits 1: a case has errors)", script: "coordination-cases.ts", args: ["--today", "2025-10-01"], expectedExit: 1 },
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
