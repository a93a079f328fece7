import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const data = (name: string): string => fileURLToPath(new URL(`../../examples/data/individual-plan-${name}.json`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "ip-example-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const run = (...args: string[]) => runExample("check-individual-plan.ts", ...args);

/** The finding codes in the printed table, in order. */
const codes = (stdout: string): string[] => [...stdout.matchAll(/^\S+\s+((?:plan|schema)\/[a-z0-9-]+)\s/gm)].map((m) => m[1] ?? "");

describe("examples/check-individual-plan.ts", () => {
  it("finds nothing in the sound plan and exits 0, on the printed default date", () => {
    const result = run(data("sound"));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("per 2025-10-01 (standarddato for eksempelplanene");
    expect(result.stdout).toContain("Ingen funn.");
    expect(codes(result.stdout)).toEqual([]);
    expect(result.stdout).toContain("koordinator: p-coord; samtykke til planen: ja");
  });

  it("lists the problem plan's findings in path order and exits 1", () => {
    const result = run(data("problems"), "--locale", "en");
    expect(result.status).toBe(1);
    expect(codes(result.stdout)).toEqual([
      "plan/consent-after-activation",
      "plan/consent-expired",
      "plan/user-contribution-missing",
      "plan/missing-coordinator",
      "plan/multiple-coordinators",
      "plan/goal-without-measure",
      "plan/measure-overdue",
      "plan/responsible-not-participant",
      "plan/measure-due-soon",
      "plan/measure-without-goal",
      "plan/unknown-reference",
      "plan/measure-without-responsible",
      "plan/responsible-not-participant",
      "plan/revision-overdue",
      "plan/participant-without-consent",
      "plan/participant-without-consent",
      "plan/participant-without-consent",
      "plan/participant-without-consent",
      "plan/participant-without-consent",
      "plan/duplicate-id",
      "plan/period-ended",
      "plan/responsibility-group-inactive",
      "plan/meeting-not-recorded",
    ]);
    expect(result.stdout).toContain("Summary (errors / warnings / info: 7 / 14 / 2)");
    expect(result.stdout).toContain("next revision: 2025-03-01 (late)");
  });

  it("accepts the 15-year-old's plan, consented to by a parent, with one reminder", () => {
    const result = run(data("minor"), "--locale", "nn");
    expect(result.status).toBe(0);
    expect(codes(result.stdout)).toEqual(["plan/measure-due-soon"]);
    expect(result.stdout).toContain("Fristen for tiltaket m-1 er 2025-10-10, om 9 dagar");
  });

  it("flags the plan of a young person who turned 16 on a parent's consent, not the day before", () => {
    const result = run(data("turned-16"), "--locale", "en");
    expect(result.status).toBe(1);
    expect(codes(result.stdout).filter((code) => code.includes("consent"))).toEqual([
      "plan/parent-consent-ended-at-16",
      ...Array<string>(5).fill("plan/participant-without-consent"),
    ]);
    expect(result.stdout).toContain("consent to the plan: no");
    const eve = run(data("turned-16"), "--locale", "en", "--today", "2025-09-14");
    expect(codes(eve.stdout).filter((code) => code.includes("consent"))).toEqual([]);
    expect(eve.stdout).toContain("consent to the plan: yes");
  });

  it("judges the plans on the day given with --today", () => {
    const result = run(data("sound"), "--today", "2026-02-01", "--locale", "en");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Checking");
    expect(result.stdout).not.toContain("default date");
    expect(codes(result.stdout)).toContain("plan/consent-expired");
  });

  it("never prints the user's name or national id", () => {
    for (const name of ["sound", "problems", "minor", "turned-16"]) {
      const { stdout } = run(data(name), "--locale", "en");
      expect(stdout).not.toMatch(/fiktiv|\d{11}/);
    }
  });

  it("exits 2 on usage errors and files it cannot read, without quoting the file", () => {
    expect(run().status).toBe(2);
    expect(run(data("sound"), data("minor")).status).toBe(2);
    expect(run(data("sound"), "--locale", "sv").status).toBe(2);
    const missing = run("no-such-plan.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Cannot read no-such-plan.json (ENOENT)");
    const broken = join(scratch, "broken.json");
    writeFileSync(broken, '{ "user": { "name": "Hemmelig Navn" ');
    const bad = run(broken);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("is not valid JSON");
    expect(bad.stderr).not.toContain("Hemmelig");
  });

  it("reports schema problems and exits 1", () => {
    const file = join(scratch, "wrong.json");
    writeFileSync(file, JSON.stringify({ kind: "individual-plan", id: "ip-1", status: "open", user: {} }));
    const result = run(file, "--locale", "en");
    expect(result.status).toBe(1);
    expect(codes(result.stdout)).toEqual(["schema/invalid-value"]);
  });
});
