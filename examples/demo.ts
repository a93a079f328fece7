// `npm run demo`: runs every example script on the bundled sample data and prints what it finds.
// A script that reports errors in a plan exits 1 on purpose; the demo expects that where noted.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run.js";

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
  { title: "Yearly municipal reports by health trust, and a continuous series", script: "report-groupings.ts", args: [], expectedExit: 0 },
  {
    title: "Mapping surveys: summary, common findings and a draft action plan",
    script: "mapping-summary.ts",
    args: ["--today", "2012-05-10"],
    expectedExit: 0,
  },
  { title: "Coordinating unit's cases: findings and the work list (exits 1: a case has errors)", script: "coordination-cases.ts", args: ["--today", "2025-10-01"], expectedExit: 1 },
  { title: "Children's care pathway: family meeting before referral, deadlines, consent from 16 (exits 1)", script: "pathway.ts", args: ["--today", "2025-09-01"], expectedExit: 1 },
  {
    title: "Development project: one municipality's mapping, action plan, milestones and evaluation",
    script: "development-project.ts",
    args: ["--today", "2025-03-01"],
    expectedExit: 0,
  },
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

// The `samhandling` command, run in this process from the source (an installed package runs it as
// `npx samhandling ...`), on the sample data and with a fixed --today.
interface CommandStep {
  readonly title: string;
  readonly argv: readonly string[];
  /** One document a line, given to the command on stdin. */
  readonly stdin?: string;
  readonly expectedExit: number;
}

const cases: unknown = JSON.parse(readFileSync(here("data/coordination-cases.json"), "utf8"));
export const commandSteps: readonly CommandStep[] = [
  {
    title: "The samhandling command: two plans and a milestone schedule (exits 1: a plan has errors)",
    argv: ["check", "examples/data/individual-plan-sound.json", "examples/data/individual-plan-problems.json", "examples/data/coordination-project-milestones.json", "--today", "2025-10-01"],
    expectedExit: 1,
  },
  {
    title: "The samhandling command: the coordinating unit's cases as NDJSON on stdin, in English (exits 1: a case has an error)",
    argv: ["check", "-", "--format", "ndjson", "--today", "2025-10-01", "--locale", "en"],
    stdin: Array.isArray(cases) ? cases.map((item) => `${JSON.stringify(item)}\n`).join("") : "",
    expectedExit: 1,
  },
  { title: "The samhandling command: what a finding code means", argv: ["explain", "plan/missing-consent"], expectedExit: 0 },
  { title: "The samhandling command: a deadline as written", argv: ["deadline", "innan utgangen av mars 2026", "--locale", "nn"], expectedExit: 0 },
];

for (const step of commandSteps) {
  console.log(`\n=== ${step.title}\n$ samhandling ${step.argv.map((arg) => (arg.includes(" ") ? JSON.stringify(arg) : arg)).join(" ")}\n`);
  const code = await runCli(step.argv, {
    stdin: Readable.from([step.stdin ?? ""]),
    stdout: process.stdout,
    stderr: process.stderr,
    env: {},
    isTTY: { stdout: false, stderr: false },
    now: () => new Date(),
    cwd: process.cwd(),
  });
  if (code !== step.expectedExit) {
    failed++;
    console.error(`\n!!! samhandling ${step.argv[0] ?? ""} exited ${code}, expected ${step.expectedExit}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`\nDemo done: ${demoSteps.length} example(s) and ${commandSteps.length} command run(s) ran as expected.`);
