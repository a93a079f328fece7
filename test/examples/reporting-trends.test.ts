import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const data = fileURLToPath(new URL("../../examples/data/municipal-reports.json", import.meta.url));
const run = (...args: string[]) => runExample("reporting-trends.ts", ...args);

describe("examples/reporting-trends.ts", () => {
  it("checks the bundled reports and prints county and national series", () => {
    const result = run("--locale", "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Yearly municipal reports (IS-24/8): 23 reports, checked 2025-03-01.");
    // 2021-2023 reports are checked against the 2020 list, 2024 reports against the 2024 list.
    expect(result.stdout).toContain("Findings: errors 0, warnings 0, info 0");
    expect(result.stdout).not.toContain("reporting/no-municipality-list");
    expect(result.stdout).toMatch(/15 Møre og Romsdal\s+2021\s+3\s+44\.4\s+10\.0\s+54\.4/);
    expect(result.stdout).toMatch(/46 Vestland\s+2021\s+2\s+28\.3\s+6\.5\s+34\.8/);
    expect(result.stdout).toMatch(/46 Vestland\s+2024\s+3\s+46\.4\s+11\.8\s+58\.2/);
    expect(result.stdout).toMatch(/Nurse\s+31\.1\s+38\.7\s+40\.2\s+41\.9/);
    expect(result.stdout).toMatch(/Total\s+89\.2\s+110\.5\s+115\.1\s+120\.3/);
    expect(result.stdout).toMatch(/Municipalities that reported\s+5\s+6\s+6\s+6/);
    expect(result.stdout).toMatch(/Bachelor with further education\s+34\.1\s+42\.2\s+43\.9\s+45\.8/);
  });

  it("speaks bokmål by default, with decimal commas", () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Sykepleier\s+31,1\s+38,7\s+40,2\s+41,9/);
    expect(result.stdout).toMatch(/Kommuner som rapporterte\s+5\s+6\s+6\s+6/);
  });

  it("stops with exit 1 and a findings table when the reports have errors", () => {
    const reports: unknown[] = JSON.parse(readFileSync(data, "utf8"));
    const file = join(mkdtempSync(join(tmpdir(), "reporting-trends-")), "reports.json");
    writeFileSync(file, JSON.stringify([...reports, reports.at(-1)]));
    const result = run(file, "--locale", "en");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Findings: errors 1, warnings 0, info 0");
    expect(result.stdout).toMatch(/reporting\/duplicate-report\s+\[23\]/);
    expect(result.stderr).toContain("The reports have errors; nothing was summed.");
  });

  it("reads each report's number with the list of its year, and says which years no list covers", () => {
    const reports: Record<string, unknown>[] = JSON.parse(readFileSync(data, "utf8"));
    const file = join(mkdtempSync(join(tmpdir(), "reporting-trends-")), "reports.json");
    // Ålesund was 1507 until 2023 and is 1508 from 2024; no list covers 2019.
    const edited = [{ ...reports[0], municipalityNumber: "1508" }, ...reports.slice(1), { ...reports[0], year: 2019 }];
    writeFileSync(file, JSON.stringify(edited));
    const result = run(file, "--locale", "en");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Findings: errors 1, warnings 0, info 1");
    expect(result.stdout).toMatch(/reporting\/unknown-municipality\s+\[0\]\.municipalityNumber/);
    expect(result.stdout).toMatch(/1 × reporting\/no-municipality-list, e\.g\. \[23\]\.municipalityNumber: The municipality number was not checked/);
    writeFileSync(file, JSON.stringify(edited.map((report, index) => (index === 0 ? { ...report, municipalityNumber: "1507" } : report))));
    expect(run(file, "--locale", "en").stdout).toContain("Findings: errors 0, warnings 0, info 1");
  });

  it("warns about a year that has not ended on --today", () => {
    const result = run("--today", "2024-06-01", "--locale", "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Findings: errors 0, warnings 6, info 0");
    expect(result.stdout).toMatch(/reporting\/year-not-ended\s+\[17\]\.year/);
  });
});
