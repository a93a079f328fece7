import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const run = (...args: string[]) => runExample("pathway.ts", ...args);
/** Each case's id and the finding codes printed under it, in order. */
function byCase(stdout: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of stdout.split("\n")) {
    const head = /^(f-\d{4}-\d{2}|#\d+) /.exec(line);
    if (head?.[1] !== undefined) out.push([head[1], []]);
    const code = /^\S+\s+((?:pathway|schema)\/[a-z0-9-]+)\s/.exec(line)?.[1];
    if (code !== undefined) out[out.length - 1]?.[1].push(code);
  }
  return out;
}

describe("examples/pathway.ts", () => {
  // Worked out by hand for 2025-09-01: f-2025-02 referred to HABU on 27 June with no family meeting
  // (due 28 days after the assessment of 20 June, by 18 July) and no one for HABU; f-2025-03's
  // assessment of 7 April was due by 31 March, and its follow-up on 14 July, four days after the
  // 16th birthday, rests on a parent's consent; f-2025-04's last step was 13 May, 111 days before.
  it("prints each case's findings and exits 1 on an error", () => {
    const result = run("--locale", "en");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(byCase(result.stdout)).toEqual([
      ["f-2025-01", []],
      ["f-2025-02", ["pathway/role-unassigned", "pathway/step-overdue", "pathway/referral-without-family-meeting"]],
      ["f-2025-03", ["pathway/step-overdue", "pathway/step-without-consent"]],
      ["f-2025-04", ["pathway/inactive"]],
      ["f-2024-09", []],
    ]);
    expect(result.stdout).toContain("f-2025-01 (open): 6/8 steps done");
    expect(result.stdout).toContain("2 cases with errors");
    // The work list: the open cases' findings, by case id, reason and step or role; the closed f-2024-09 has none.
    const work = result.stdout.split("\n").filter((line) => line.startsWith("  f-")).map((line) => line.trim().split(" ").slice(0, 2).join(" "));
    expect(work).toEqual([
      "f-2025-02 pathway/role-unassigned",
      "f-2025-02 pathway/step-overdue",
      "f-2025-02 pathway/referral-without-family-meeting",
      "f-2025-03 pathway/step-overdue",
      "f-2025-03 pathway/step-without-consent",
      "f-2025-04 pathway/inactive",
    ]);
    expect(result.stdout).toContain("Work list, open cases: 6");
  });

  it("judges the cases on another day, in nynorsk", () => {
    // On 12 August f-2025-04's last step (13 May) is 91 days back; on 11 August, 90: not yet inactive.
    expect(byCase(run("--today", "2025-08-12", "--locale", "nn").stdout)[3]).toEqual(["f-2025-04", ["pathway/inactive"]]);
    const earlier = run("--today", "2025-08-11", "--locale", "nn");
    expect(byCase(earlier.stdout)[3]).toEqual(["f-2025-04", []]);
    expect(earlier.stdout).toContain("steg gjort");
  });

  it("stops with a usage message on a bad argument", () => {
    const result = run("--today", "1. september");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
  });
});
