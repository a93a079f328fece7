import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const scratch = mkdtempSync(join(tmpdir(), "coordination-cases-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const run = (...args: string[]) => runExample("coordination-cases.ts", ...args);
const rows = (stdout: string): string[] => stdout.split("\n").map((line) => line.replace(/\s+/g, " ").trim());
/** The finding codes in the printed tables, in order. */
const codes = (stdout: string): string[] => [...stdout.matchAll(/^\S+\s+((?:case|schema)\/[a-z0-9-]+)\s/gm)].map((m) => m[1] ?? "");

describe("examples/coordination-cases.ts", () => {
  // Worked out by hand for 2025-10-01: ke-2025-027 offered a plan on 14 August with no answer yet
  // (due 28 August); ke-2025-012's last activity was 12 June (review due 90 days later, 10 September);
  // ke-2025-019's plan is due 14 days after the later of the answer (29 August) and the appointment
  // (1 September); ke-2025-040 declined a plan on 18 September and was offered no coordinator;
  // ke-2025-038's notice of 10 September had 14 days; ke-2025-041's of 25 September has until 9 October;
  // ke-2025-031 was last reviewed on 15 September. The closed ke-2025-005 is not on the list.
  it("prints each case's findings and the work list, soonest deadline first, and exits 1 on an error", () => {
    const result = run("--locale", "en");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(codes(result.stdout)).toEqual([
      "case/notice-not-followed-up",
      "case/plan-declined-no-coordinator-offer",
      "case/appointment-untrained",
      "case/coordinator-before-consent",
      "case/child-coordinator-for-adult",
      "case/inactive",
    ]);
    const lines = rows(result.stdout);
    const start = lines.indexOf("Due Days Case Next step");
    expect(lines[start - 4]).toBe("Case register on 2025-10-01: 8 cases, 7 open");
    expect(lines.slice(start + 1, start + 8)).toEqual([
      "2025-08-28 -34 ke-2025-027 follow up the answer to the offer",
      "2025-09-10 -21 ke-2025-012 review the case",
      "2025-09-15 -16 ke-2025-019 make the individual plan",
      "2025-09-18 -13 ke-2025-040 offer a coordinator",
      "2025-09-24 -7 ke-2025-038 clarify consent",
      "2025-10-09 8 ke-2025-041 clarify consent",
      "2025-12-14 74 ke-2025-031 review the case",
    ]);
  });

  it("judges the register on another day, in nynorsk", () => {
    const result = run("--today", "2025-09-20", "--locale", "nn");
    expect(result.status).toBe(1);
    expect(codes(result.stdout)).not.toContain("case/notice-not-followed-up");
    expect(codes(result.stdout)).toContain("case/date-in-future");
    expect(result.stdout).toContain("Arbeidsliste: neste steg i opne saker");
  });

  it("reports a case that fails its schema without its content, and still lists the others", () => {
    const file = join(scratch, "register.json");
    const valid = { kind: "coordination-case", id: "ke-1", status: "open", user: { id: "u-1" }, notice: { receivedOn: "2025-09-30", fromService: "gp", aboutUserId: "u-1" } };
    writeFileSync(file, JSON.stringify([valid, { ...valid, id: "ke-2", user: { id: "u-2", name: "Kari Nordmann" } }]));
    const result = run(file, "--locale", "en");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("#1 is not a valid case");
    expect(codes(result.stdout)).toEqual(["schema/unrecognized-keys"]);
    expect(result.stdout).not.toContain("Kari");
    expect(rows(result.stdout)).toContain("2025-10-14 13 ke-1 clarify consent");
  });

  it("exits 2 on a file it cannot read or a bad option", () => {
    expect(run(join(scratch, "missing.json")).status).toBe(2);
    expect(run("--today", "1.10.2025").status).toBe(2);
  });
});
