import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeEvaluatedPlan, makeEvaluation } from "../fixtures/evaluation.js";
import { makePlan } from "../fixtures/individual-plan.js";
import { records, run } from "./_io.js";

const dir = mkdtempSync(join(tmpdir(), "samhandling-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file in the test's directory and returns its path. */
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const SOUND = "examples/data/individual-plan-sound.json";
const PROBLEMS = "examples/data/individual-plan-problems.json";
const CASES = "examples/data/coordination-cases.json";
const TODAY = ["--today", "2025-10-01"];

describe("samhandling check", () => {
  it("prints the date, each document and a summary, and exits 0 when nothing is an error", async () => {
    const result = await run(["check", SOUND, ...TODAY]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Kontrollert per 2025-10-01");
    expect(result.stdout).toContain(`${SOUND} · individuell plan ip-2025-017 · ingen funn`);
    expect(result.stdout).toMatch(/Sammendrag\n {2}Dokumenter: 1 \(individuell plan: 1\)\n {2}Funn: 0 feil, 0 advarsler, 0 info\n {2}Inndatafeil: 0\n {2}Tid: 0,00 s/);
    expect(result.stderr).toBe("");
  });

  it("exits 1 when a document has an error, and reports each finding's code and path", async () => {
    const result = await run(["check", PROBLEMS, ...TODAY, "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.today).toBe("2025-10-01");
    expect(report.documents).toHaveLength(1);
    const [document] = report.documents;
    expect(document).toMatchObject({ source: PROBLEMS, index: 0, kind: "individual-plan", id: "ip-2023-088", ok: false });
    expect(document.findings.map((f: { code: string; path: unknown }) => [f.code, f.path])).toContainEqual(["plan/missing-coordinator", ["coordinatorAssignments"]]);
    expect(report.summary).toMatchObject({ documents: 1, byKind: { "individual-plan": 1 }, findings: { error: 7, warning: 14, info: 2 }, inputErrors: 0 });
    expect(report.inputErrors).toEqual([]);
  });

  it("reads an array of documents, each with its index, and mixes kinds", async () => {
    const path = file("mixed.json", JSON.stringify([makePlan(), { kind: "action-plan" }, { kind: "plan" }]));
    const result = await run(["check", path, ...TODAY, "--format", "ndjson"]);
    const lines = records(result.stdout);
    expect(lines.map((r) => [r["type"], r["index"], r["kind"]])).toEqual([
      ["document", 0, "individual-plan"],
      ["document", 1, "action-plan"],
      ["document", 2, null],
      ["summary", undefined, undefined],
    ]);
    expect(lines[3]).toMatchObject({ documents: 3, byKind: { "individual-plan": 1, "action-plan": 1, unknown: 1 } });
    expect(result.code).toBe(1);
    const table = await run(["check", path, ...TODAY]);
    expect(table.stdout).toContain(`${path}[2] · ukjent dokumenttype · 1 funn`);
    expect(table.stdout).toMatch(/feil +document\/unknown-kind +kind +Ukjent dokumenttype/);
  });

  it("gives file, line and column of invalid JSON in a .json file, and exits 2", async () => {
    const path = file("broken.json", '{\n  "kind": "individual-plan",\n  "id": "ip-1",,\n}\n');
    const result = await run(["check", path, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`samhandling: ${path}: ugyldig JSON (linje 3, kolonne 16)\n`);
    const json = JSON.parse((await run(["check", path, ...TODAY, "--format", "json", "--locale", "en"])).stdout);
    expect(json.inputErrors).toEqual([{ source: path, problem: "invalid-json", line: 3, column: 16 }]);
    const empty = await run(["check", file("empty.json", ""), ...TODAY]);
    expect([empty.code, empty.stderr]).toEqual([2, `samhandling: ${join(dir, "empty.json")}: ugyldig JSON (linje 1, kolonne 1)\n`]);
  });

  it("streams NDJSON from stdin: the line of each document, bad lines reported and skipped, blank lines ignored", async () => {
    const plan = JSON.stringify(makePlan());
    const stdin = `\uFEFF${plan}\r\n\n{"kind":"individual-plan",\n   \n${plan}\n{"kind":"x"}`;
    const result = await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin });
    expect(result.code).toBe(2);
    const lines = records(result.stdout);
    expect(lines.map((r) => [r["type"], r["line"], r["index"]])).toEqual([
      ["document", 1, 0],
      ["input-error", 3, undefined],
      ["document", 5, 1],
      ["document", 6, 2],
      ["summary", undefined, undefined],
    ]);
    expect(lines[1]).toEqual({ type: "input-error", source: "-", problem: "invalid-json", line: 3, column: 27 });
    expect(lines[4]).toMatchObject({ documents: 3, inputErrors: 1, findings: { error: 1 } });
    expect(result.stderr).toBe("samhandling: -: ugyldig JSON (linje 3, kolonne 27)\n");
  });

  it("reads .ndjson files line by line and names the line in the table", async () => {
    const path = file("batch.ndjson", `${JSON.stringify(makePlan())}\n{"kind":"milestone-schedule"}\n`);
    const result = await run(["check", path, ...TODAY, "--locale", "en"]);
    expect(result.stdout).toContain(`${path}:1 · individual plan ip-test · no findings`);
    expect(result.stdout).toContain(`${path}:2 · milestone schedule · `);
    expect(result.code).toBe(1);
  });

  it("reports a file that does not exist and goes on with the others", async () => {
    const result = await run(["check", join(dir, "nowhere.json"), SOUND, ...TODAY, "--format", "ndjson"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`samhandling: ${join(dir, "nowhere.json")}: filen finnes ikke\n`);
    expect(records(result.stdout).filter((r) => r["type"] === "document")).toHaveLength(1);
    const ndjson = await run(["check", join(dir, "nowhere.ndjson"), ...TODAY]);
    expect([ndjson.code, ndjson.stderr]).toEqual([2, `samhandling: ${join(dir, "nowhere.ndjson")}: filen finnes ikke\n`]);
  });

  it("fails on warnings with --fail-on warning", async () => {
    const schedule = "examples/data/coordination-project-milestones.json";
    expect((await run(["check", schedule, ...TODAY])).code).toBe(0);
    expect((await run(["check", schedule, ...TODAY, "--fail-on", "warning"])).code).toBe(1);
    expect((await run(["check", schedule, ...TODAY, "--fail-on", "error"])).code).toBe(0);
    expect((await run(["check", SOUND, ...TODAY, "--fail-on", "warning"])).code).toBe(0);
  });

  it("applies --rules from a file: a code switched off or made an error", async () => {
    const schedule = "examples/data/coordination-project-milestones.json";
    const off = file("off.json", JSON.stringify({ "milestones/overdue": "off", "milestones/due-soon": "off" }));
    const strict = file("strict.json", JSON.stringify({ "milestones/overdue": "error" }));
    const plain = JSON.parse((await run(["check", schedule, ...TODAY, "--format", "json"])).stdout);
    const quiet = JSON.parse((await run(["check", schedule, ...TODAY, "--format", "json", "--rules", off])).stdout);
    const codes = (report: { documents: { findings: { code: string }[] }[] }): string[] => report.documents[0]?.findings.map((f) => f.code) ?? [];
    expect(codes(plain)).toContain("milestones/overdue");
    expect(codes(quiet)).not.toContain("milestones/overdue");
    expect((await run(["check", schedule, ...TODAY, "--rules", strict])).code).toBe(1);
  });

  it("refuses a bad --rules file with one line and exit 2", async () => {
    const cases: readonly [string, string][] = [
      [file("unknown.json", '{"plan/unheard-of":"off"}'), "«plan/unheard-of» er ingen kode med alvorsgrad som kan endres"],
      [file("schema.json", '{"schema/invalid":"off"}'), "«schema/invalid» er ingen kode"],
      [file("document.json", '{"document/unknown-kind":"warning"}'), "«document/unknown-kind» er ingen kode"],
      [file("setting.json", '{"plan/no-goals":"loud"}'), 'plan/no-goals må være "error", "warning", "info" eller "off", ikke "loud"'],
      [file("array.json", "[]"), "filen må holde et JSON-objekt"],
      [file("bad.json", '{"plan/no-goals" "off"}'), "ugyldig JSON (linje 1, kolonne 18)"],
      [join(dir, "missing-rules.json"), "filen finnes ikke"],
    ];
    for (const [path, problem] of cases) {
      const result = await run(["check", SOUND, ...TODAY, "--rules", path]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`samhandling: --rules ${path}: ${problem}`);
      expect(result.stderr.split("\n")).toHaveLength(2);
    }
  });

  it("shows each finding's basis with --basis", async () => {
    const json = JSON.parse((await run(["check", PROBLEMS, ...TODAY, "--format", "json", "--basis", "--locale", "en"])).stdout);
    const finding = json.documents[0].findings.find((f: { code: string }) => f.code === "plan/missing-coordinator");
    expect(finding.basis).toMatch(/^the regulation on individual plans/);
    expect(JSON.parse((await run(["check", PROBLEMS, ...TODAY, "--format", "json"])).stdout).documents[0].findings[0].basis).toBeUndefined();
    const table = await run(["check", PROBLEMS, ...TODAY, "--basis"]);
    expect(table.stdout).toMatch(/Alvor +Kode +Sti +Melding +Grunnlag/);
    expect((await run(["check", PROBLEMS, ...TODAY])).stdout).not.toContain("Grunnlag");
  });

  it("judges as of the machine's date when --today is left out, and says so", async () => {
    const result = await run(["check", SOUND], { now: new Date(2026, 5, 30, 23, 59) });
    expect(result.stdout.split("\n")[0]).toBe("Kontrollert per 2026-06-30 (dagens dato)");
    const json = JSON.parse((await run(["check", SOUND, "--format", "json"], { now: new Date(2026, 0, 2) })).stdout);
    expect(json.today).toBe("2026-01-02");
  });

  it("refuses a --today that is no date, a bad --format or --fail-on, and no files", async () => {
    for (const args of [["--today", "2025-02-29"], ["--today", "1.10.2025"], ["--format", "xml"], ["--fail-on", "info"]]) {
      const result = await run(["check", SOUND, ...args]);
      expect([result.code, result.stdout]).toEqual([2, ""]);
      expect(result.stderr.split("\n")).toHaveLength(2);
    }
    expect((await run(["check", SOUND, "--today", "2025-02-29"])).stderr).toContain("--today må være en dato");
    expect((await run(["check", SOUND, "--format", "xml"])).stderr).toContain("--format må være table, json eller ndjson");
    const none = await run(["check", ...TODAY]);
    expect([none.code, none.stderr]).toEqual([2, "samhandling: oppgi filer, eller - for standard inn. Se «samhandling --help».\n"]);
  });

  it("speaks one language at a time: bokmål by default, nynorsk and English when asked", async () => {
    const nb = await run(["check", CASES, ...TODAY]);
    const nn = await run(["check", CASES, ...TODAY, "--locale", "nn"]);
    const en = await run(["check", CASES, ...TODAY, "--locale", "en"]);
    expect([nb.code, nn.code, en.code]).toEqual([1, 1, 1]);
    expect(nb.stdout).toContain("Alvor");
    expect(nn.stdout).toContain("Samandrag");
    expect(nn.stdout).toContain("åtvaring");
    expect(en.stdout).toContain("Summary");
    expect(en.stdout).toContain("coordinating unit case");
    // No English label or word of the command's own in bokmål output (codes and paths are codes).
    const words = nb.stdout.replace(/[a-z-]+\/[a-z0-9-]+/g, "").replace(/\S*(\[\d+\]|\.)[\w[\].]*/g, "");
    for (const english of ["Severity", "Summary", "Documents", "Findings", "error", "warning", "findings", "Checked", "Time", "unknown"]) {
      expect(words, english).not.toMatch(new RegExp(`\\b${english}\\b`));
    }
    const env = await run(["check", CASES, ...TODAY], { env: { SAMHANDLING_LOCALE: "en" } });
    expect(env.stdout).toContain("Summary");
  });

  it("draws a progress line on stderr only when it is a terminal", async () => {
    const line = `${JSON.stringify({ kind: "action-plan" })}\n`;
    const stdin = line.repeat(600);
    const tty = await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin, stderrIsTTY: true });
    expect(tty.stderr).toContain("512 dokumenter kontrollert");
    expect(tty.stderr).toContain("Sammendrag");
    expect(records(tty.stdout).at(-1)).toMatchObject({ type: "summary", documents: 600 });
    const pipe = await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin });
    expect(pipe.stderr).toBe("");
  });

  it("checks a mapping response against a questionnaire given earlier in the input", async () => {
    const form = JSON.stringify({ kind: "questionnaire", id: "own", version: "1", title: { nb: "Eget", nn: "Eige", en: "Own" }, sections: [{ id: "s", title: { nb: "Del", nn: "Del", en: "Part" }, items: [{ id: "q", type: "boolean", text: { nb: "Ja?", nn: "Ja?", en: "Yes?" } }] }] });
    const response = JSON.stringify({ kind: "mapping-response", questionnaire: { id: "own", version: "1" }, respondent: { municipality: "1531" }, date: "2025-09-01", status: "completed", answers: [{ itemId: "q", type: "boolean", value: true }] });
    const before = records((await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin: `${form}\n${response}\n` })).stdout);
    expect(before.map((r) => r["ok"])).toEqual([true, true, undefined]);
    const after = records((await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin: `${response}\n${form}\n` })).stdout);
    expect(after[0]).toMatchObject({ ok: false, findings: [{ code: "document/unknown-questionnaire", path: ["questionnaire", "id"] }] });
  });

  it("checks an evaluation against an action plan given earlier in the input", async () => {
    const plan = JSON.stringify(makeEvaluatedPlan());
    const evaluation = JSON.stringify(makeEvaluation());
    const before = records((await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin: `${plan}\n${evaluation}\n` })).stdout);
    expect(before.map((r) => r["ok"])).toEqual([true, true, undefined]);
    const after = records((await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin: `${evaluation}\n${plan}\n` })).stdout);
    expect(after[0]).toMatchObject({ ok: false, findings: [{ code: "document/unknown-action-plan", path: ["actionPlanId"] }] });
  });

  it("prints only codes, paths, messages and the document's id: never a name or a national id from it", async () => {
    const plan = makePlan();
    const result = await run(["check", "-", ...TODAY, "--format", "ndjson"], { stdin: `${JSON.stringify({ ...plan, status: "unknown" })}\n` });
    const text = result.stdout;
    expect(text).toContain('"id":"ip-test"');
    for (const value of [plan.user.nationalId, plan.user.name].filter((v): v is string => typeof v === "string")) expect(text).not.toContain(value);
  });

  it("prints its usage with --help", async () => {
    const result = await run(["check", "--help", "--locale", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--fail-on error|warning");
  });
});
