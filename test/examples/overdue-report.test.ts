import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const data = (file: string): string => fileURLToPath(new URL(`../../examples/data/${file}`, import.meta.url));
const PLAN = data("stranda-action-plan-2012.json");
const MILESTONES = data("coordination-project-milestones.json");
const run = (...args: string[]) => runExample("overdue-report.ts", ...args);
const rows = (stdout: string): string[] => stdout.split("\n").map((line) => line.replace(/\s+/g, " ").trim());

describe("examples/overdue-report.ts", () => {
  // Checked by hand on 2013-01-15, nothing marked done in the milestone plan:
  // milestones due by October 2012 are overdue; "Oktober 2012 Januar 2013" (3.1) is due 31 January, in 16 days;
  // 3.2 (to February 2013, in 44 days) is not yet listed. In the action plan the rows due in November are done;
  // the training twice a year (row 4) had no session in the half-year from the signing (22 October) to
  // 31 December 2012; the yearly meeting (row 6) is next due 1 May 2013, 106 days ahead.
  it("lists what is overdue and due within 30 days on the seed data, oldest first", () => {
    const result = run(PLAN, MILESTONES, "--today", "2013-01-15", "--locale", "en");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(rows(result.stdout)).toEqual([
      "Overdue and due within 30 days, as of 2013-01-15",
      "",
      "Due Status Document Item",
      "2012-02-29 overdue coordination-project-milestones.json milestone 1.1 Informasjonsmøte i kommunen",
      "2012-03-31 overdue coordination-project-milestones.json milestone 1.2 Forankring av utviklingsarbeidet i kommunen",
      "2012-03-31 overdue coordination-project-milestones.json milestone 1.3 Etablering av utviklingsarbeidet i koordinerende enhet i kommunen",
      "2012-04-30 overdue coordination-project-milestones.json milestone 2.1 Kartlegging av situasjonen i kommunen",
      "2012-04-30 overdue coordination-project-milestones.json milestone 2.2 Nettverksmøte",
      "2012-06-30 overdue coordination-project-milestones.json milestone 2.3 Kompetanse og arbeidsseminar",
      "2012-10-31 overdue coordination-project-milestones.json milestone 2.4 Beskrivelse av handlingsplan for å styrke kvaliteten på aktuelle tiltak",
      "2012-10-31 overdue coordination-project-milestones.json milestone 2.5 Nettverksmøte",
      "2012-12-31 missed period stranda-action-plan-2012.json row 4 Opplæring Sampro (dataverktøy IP), koordinatorrolla og medlem",
      "2013-01-31 in 16 days coordination-project-milestones.json milestone 3.1 Gjennomføring av handlingsplan",
      "",
      "9 overdue, 1 due within 30 days.",
      "",
    ]);
  });

  it("reads the files in any order and speaks nynorsk", () => {
    const result = run(MILESTONES, PLAN, "--today", "2013-06-01", "--locale", "nn");
    expect(result.status).toBe(0);
    const lines = rows(result.stdout);
    expect(lines[0]).toBe("Forfalle og med frist innan 30 dagar, per 2013-06-01");
    expect(lines).toContain("2013-05-01 periode ikkje gjennomført stranda-action-plan-2012.json rad 6 Tverrfagleg møte på leiarnivå");
    expect(lines).toContain("2013-06-30 om 29 dagar stranda-action-plan-2012.json rad 4 Opplæring Sampro (dataverktøy IP), koordinatorrolla og medlem");
    expect(lines).toContain("13 forfalle, 1 med frist innan 30 dagar.");
  });

  it("says so when nothing is overdue or due soon", () => {
    const result = run(MILESTONES, "--today", "2011-09-01", "--locale", "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Nothing overdue or due within 30 days.");
  });

  it("reports a file that is not a valid plan on stderr and exits 1, still listing the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "overdue-report-"));
    const broken = join(dir, "broken.json");
    const unknown = join(dir, "unknown.json");
    writeFileSync(broken, JSON.stringify({ kind: "action-plan", id: "x" }));
    writeFileSync(unknown, JSON.stringify({ kind: "individual-plan" }));
    const result = run(broken, unknown, MILESTONES, "--today", "2013-01-15", "--locale", "en");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("schema/invalid-type");
    expect(result.stderr).toContain('kind must be "action-plan" or "milestone-schedule", got "individual-plan"');
    expect(result.stdout).toContain("8 overdue, 1 due within 30 days.");
  });

  it("exits 2 with a usage message without files or with a bad --today", () => {
    expect(run("--today", "2013-01-15").status).toBe(2);
    const bad = run(PLAN, "--today", "15.01.2013");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--today must be a date written YYYY-MM-DD");
  });
});
