import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

describe("examples/report-groupings.ts", () => {
  it("prints the bundled reports by health trust and a continuous series with its scheme and break", () => {
    const result = runExample("report-groupings.ts", "--locale", "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Helse Førde HF\s+2021\s+2\s+16\s+28\.3\s+6\.5/);
    expect(result.stdout).toMatch(/Helse Møre og Romsdal HF\s+2024\s+3\s+24\s+49\.7\s+12\.4/);
    expect(result.stdout).toContain("Unplaced: 0");
    expect(result.stdout).toMatch(/2023\s+2015-2023\s+9\.8/);
    expect(result.stdout).toMatch(/2024\s+2024\s+categories changed 2024\s+10\.3/);
  });

  it("prints its labels in the chosen locale, bokmål by default", () => {
    const nb = runExample("report-groupings.ts");
    expect(nb.status).toBe(0);
    expect(nb.stdout).toMatch(/^Helseforetak\s+År\s+Rapportert\s+Mangler\s+Voksne\s+Barn og unge$/m);
    expect(nb.stdout).toContain("Ikke plassert: 0");
    expect(nb.stdout).not.toContain("Unplaced");
    const nn = runExample("report-groupings.ts", "--locale", "nn");
    expect(nn.stdout).toMatch(/^Helseføretak\s+År\s+Rapportert\s+Manglar\s+Vaksne\s+Born og unge$/m);
    expect(nn.stdout).toContain("samanhengande serie i 2024-nummereringa");
  });

  it("exits 2 on a file that is not JSON, without quoting it", () => {
    const result = runExample("report-groupings.ts", "README.md");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Cannot read README.md as JSON.");
    expect(result.stderr).not.toContain("samhandling");
  });

  it("stops with exit 1 when the reports have errors", () => {
    expect(runExample("report-groupings.ts", "examples/data/individual-plan-sound.json").status).toBe(1);
  });
});
