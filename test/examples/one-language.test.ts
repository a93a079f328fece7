// One language at a time: every example and the `check` command, run in bokmål and nynorsk, print no
// English word from a small deny-list, and in English they print the same things in other words.
//
// What legitimately stays English in nb/nn output is taken out before matching: finding codes
// (`plan/missing-consent`), the path column of a findings table (`rows[0].deadline`: field names of
// the document), and paths wherever they occur. Words are matched whole, with a hyphen counted as
// part of a word, so record ids such as `ip-common-tool` or `done-later` never match `common` or `done`.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run as runCommand } from "../cli/_io.js";
import { runExample } from "./_run-example.js";

const DENIED = [
  "active", "achieved", "abandoned", "planned", "in-progress", "postponed", "cancelled", "closed",
  "rows", "responses", "goal:", "activity:", "deadline:", "overdue", "due", "done", "evaluated", "weak", "addressed",
  "milestones", "steps", "consent-expired", "no-consent", "consent-by-parent-after-16", "ambiguous-participant",
  "missing", "error", "errors", "warning", "warnings", "findings", "summary", "common", "item",
  "read", "last day", "expected", "received", "unknown", "categories-changed-2024", "(root)",
];

const CODE = /\b[a-z][a-z0-9-]*\/[a-z0-9-]+\b/g;
/** A findings table's row (as formatFindingsTable and `check` write it): severity, code, path, message. */
const TABLE_ROW = /^(\s*\S+\s{2,})[a-z][a-z0-9-]*\/[a-z0-9-]+\s{2,}\S+\s{2,}/;
/** A path such as `actionPlan.rows[2].deadline`, `measures[0]` or `notice.receivedOn`. */
const PATH = /\b[A-Za-z]\w*(?:\[\d+\]|\.[A-Za-z]\w*)+\S*/g;

/** The English words of the deny-list that an output still holds, once codes and paths are out. */
function englishIn(output: string): string[] {
  const text = output
    .split("\n")
    .map((line) => line.replace(TABLE_ROW, "$1 "))
    .join("\n")
    .replace(CODE, " ")
    .replace(PATH, " ");
  return DENIED.filter((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\d-])${escaped}(?![\\p{L}\\d-])`, "iu").test(text);
  });
}

interface ExampleRun {
  readonly script: string;
  readonly args: readonly string[];
  readonly exit: number;
}

// Each example on its bundled data, as `npm run demo` runs it (examples/demo.ts).
const EXAMPLES: readonly ExampleRun[] = [
  { script: "deadlines.ts", args: [], exit: 0 },
  { script: "check-individual-plan.ts", args: ["examples/data/individual-plan-sound.json"], exit: 0 },
  { script: "check-individual-plan.ts", args: ["examples/data/individual-plan-problems.json"], exit: 1 },
  { script: "check-individual-plan.ts", args: ["examples/data/individual-plan-turned-16.json"], exit: 1 },
  { script: "overdue-report.ts", args: ["examples/data/stranda-action-plan-2012.json", "examples/data/coordination-project-milestones.json", "--today", "2013-06-01"], exit: 0 },
  { script: "reporting-trends.ts", args: ["--today", "2025-03-01"], exit: 0 },
  { script: "report-groupings.ts", args: [], exit: 0 },
  { script: "mapping-summary.ts", args: ["--today", "2012-05-10"], exit: 0 },
  { script: "coordination-cases.ts", args: ["--today", "2025-10-01"], exit: 1 },
  { script: "pathway.ts", args: ["--today", "2025-09-01"], exit: 1 },
  { script: "development-project.ts", args: ["--today", "2025-03-01"], exit: 0 },
];

describe("englishIn", () => {
  it("finds denied words and leaves codes, paths and hyphenated ids alone", () => {
    expect(englishIn("mål: 3 (active 2, achieved 1)")).toEqual(["active", "achieved"]);
    expect(englishIn("advarsel  plan/missing-consent  rows[0].deadline  Rad r1 mangler frist")).toEqual([]);
    expect(englishIn("  feil   case/inactive  steps  Saken har ingen aktivitet")).toEqual([]);
    expect(englishIn("ip-common-tool  ja  ja; grunn: done-later")).toEqual([]);
    expect(englishIn("Deltakeren p-1 ... (consent-expired)")).toEqual(["consent-expired"]);
    expect(englishIn("9 rows, goal: x")).toEqual(["rows", "goal:"]);
  });
});

describe("one language at a time", () => {
  it("covers every example script", () => {
    const scripts = readdirSync(new URL("../../examples/", import.meta.url)).filter((name) => name.endsWith(".ts") && name !== "demo.ts");
    expect([...new Set(EXAMPLES.map((example) => example.script))].sort()).toEqual(scripts.sort());
  });

  for (const example of EXAMPLES) {
    it(`examples/${example.script} ${example.args.join(" ")} prints only the chosen language`, () => {
      const outputs = (["nb", "nn", "en"] as const).map((locale) => {
        const result = runExample(example.script, ...example.args, "--locale", locale);
        expect(result.stderr, locale).toBe("");
        expect(result.status, locale).toBe(example.exit);
        return result.stdout;
      });
      const [nb = "", nn = "", en = ""] = outputs;
      expect(englishIn(nb), "nb").toEqual([]);
      expect(englishIn(nn), "nn").toEqual([]);
      expect(nb).not.toBe(en);
      expect(nn).not.toBe(nb);
    }, 60_000);
  }

  it("the check command prints only the chosen language, in its table", async () => {
    const files = readdirSync(new URL("../../examples/data/", import.meta.url))
      .filter((name) => name.endsWith(".json"))
      .map((name) => `examples/data/${name}`);
    const outputs: string[] = [];
    for (const locale of ["nb", "nn", "en"] as const) {
      const result = await runCommand(["check", ...files, "--today", "2025-10-01", "--format", "table", "--locale", locale]);
      expect(result.code, locale).toBe(1);
      outputs.push(result.stdout);
    }
    const [nb = "", nn = "", en = ""] = outputs;
    expect(nb).toContain("plan/participant-without-consent");
    expect(englishIn(nb), "nb").toEqual([]);
    expect(englishIn(nn), "nn").toEqual([]);
    expect(englishIn(en)).toContain("warning");
  }, 60_000);
});
