import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makePlan } from "../fixtures/individual-plan.js";
import { ROOT } from "./_io.js";

// The built command (dist is built once before all tests, by test/setup/build-global.ts), run as a
// user runs it: a process of its own, with real stdin, stdout, stderr and exit code.
const MAIN = join(ROOT, "dist", "esm", "cli", "main.js");

function samhandling(args: readonly string[], input?: string): { readonly status: number | null; readonly stdout: string; readonly stderr: string } {
  const result = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: "utf8", input: input ?? "", env: { ...process.env, SAMHANDLING_LOCALE: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built samhandling command", () => {
  it("checks sample files and exits 1 when one has errors", () => {
    const sound = samhandling(["check", "examples/data/individual-plan-sound.json", "--today", "2025-10-01"]);
    expect([sound.status, sound.stderr]).toEqual([0, ""]);
    expect(sound.stdout).toMatch(/^Kontrollert per 2025-10-01\n/);
    const problems = samhandling(["check", "examples/data/individual-plan-sound.json", "examples/data/individual-plan-problems.json", "--today", "2025-10-01", "--format", "ndjson"]);
    expect(problems.status).toBe(1);
    const summary = JSON.parse(problems.stdout.trim().split("\n").at(-1) ?? "");
    expect(summary).toMatchObject({ type: "summary", documents: 2, findings: { error: 7 } });
  });

  it("streams NDJSON from stdin", () => {
    const line = `${JSON.stringify(makePlan())}\n`;
    const result = samhandling(["check", "-", "--today", "2025-10-01", "--format", "ndjson"], line.repeat(50));
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((text) => JSON.parse(text));
    expect(lines).toHaveLength(51);
    expect(lines[49]).toMatchObject({ type: "document", line: 50, index: 49, kind: "individual-plan", ok: true });
  });

  it("reports bad JSON with its line and column, and an unknown kind, without a stack trace", () => {
    const result = samhandling(["check", "-", "--today", "2025-10-01", "--locale", "en"], '{"kind":"plan"}\n{"kind":\n');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("samhandling: -: invalid JSON (line 2, column 9)\n");
    expect(result.stdout).toContain("-:1 · unknown document kind · 1 finding");
    expect(result.stdout).toContain("document/unknown-kind");
  });

  it("ends a usage error in one line and exit 2", () => {
    const result = samhandling(["check", "--format", "xml", "-"]);
    expect(result).toEqual({ status: 2, stdout: "", stderr: "samhandling: --format må være table, json eller ndjson, ikke «xml». Se «samhandling --help».\n" });
  });

  it("explains a code and reads a deadline", () => {
    expect(samhandling(["explain", "plan/no-goals", "--locale", "en"]).stdout).toContain("Severity:");
    expect(samhandling(["deadline", "innen 1. mai hvert år"])).toEqual({ status: 0, stdout: 'Frist: innen 1. mai hvert år\n{"kind":"recurrence","frequency":"yearly-by","month":5,"day":1}\n', stderr: "" });
  });

  it("stops quietly when its reader closes the pipe early", () => {
    const script = `"${process.execPath}" -e "for(let i=0;i<3000;i++)console.log(JSON.stringify({kind:'action-plan'}))" | "${process.execPath}" "${MAIN}" check - --today 2025-10-01 --format ndjson | head -n 1`;
    const result = spawnSync("sh", ["-c", script], { cwd: ROOT, encoding: "utf8" });
    expect(result.stdout.split("\n")).toHaveLength(2);
    expect(result.stderr).toBe("");
  });
});
