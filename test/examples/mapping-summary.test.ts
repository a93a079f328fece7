import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runExample } from "./_run-example.js";

const run = (...args: string[]) => runExample("mapping-summary.ts", ...args);

describe("examples/mapping-summary.ts", () => {
  it("prints the summary table, the common findings and a checked draft plan for the first municipality", () => {
    const result = run("--today", "2012-05-10");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Kartleggingsskjema for koordinerende enhet: 3 svar (1525 Stranda, 1528 Sykkylven, 1531 Sula)");
    expect(result.stdout).toMatch(/cooperation-written-procedures\s+nei\s+nei\s+delvis\s+0 \|\s+1 \|\s+2 \|\s+0/);
    expect(result.stdout).toMatch(/internal-control-in-place\s+vet ikke\s+nei\s+delvis/);
    expect(result.stdout).toContain("Felles funn (9):");
    expect(result.stdout).toContain(
      "- Alle tre svarer nei (2) eller delvis (1): Er det nedskrevne prosedyrer og rutiner som regulerer samarbeidet mellom tjenesteområdene?",
    );
    expect(result.stdout).toContain("Utkast til handlingsplan: Kartleggingsskjema for koordinerende enhet (2012-04-16), 1525 Stranda: 9 rader");
    expect(result.stdout).toContain("6. Skriftlige rutiner for samarbeid mellom tjenesteområdene, med felles samtykkeskjema [cooperation-written-procedures]");
    expect(result.stdout).toMatch(/advarsel\s+action-plan\/row-missing-deadline\s+rows\[0\]\.deadline/);
    expect(result.stdout).toContain("9 av 9 rader har ingen frist ennå");
  });

  it("drafts the plan for a chosen municipality in the chosen language", () => {
    const result = run("1531", "--locale", "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Mapping form for the coordinating unit: 3 responses");
    expect(result.stdout).toContain("- All three answer partly: Does the coordinating unit have an overview of the services offered and the need for services?");
    expect(result.stdout).toContain("Draft action plan: Mapping form for the coordinating unit (2012-04-24), 1531 Sula: 8 rows");
    expect(result.stdout).toContain("deadline: Deadline to be set by the working group");
    expect(result.stdout).toContain("8 of 8 rows have no deadline yet");
  });

  it("exits 1 with the findings when a response is not valid", () => {
    const dir = fileURLToPath(new URL("../../.tmp/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}mapping-invalid.json`;
    writeFileSync(file, JSON.stringify([{ kind: "mapping-response", questionnaire: { id: "coordinating-unit-mapping", version: "2011" } }]));
    const result = run(file, "--locale", "en");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Response 0 is not valid:");
    expect(result.stdout).toMatch(/error\s+schema\/invalid-type\s+respondent/);
  });

  it("exits 2 for a municipality with no response", () => {
    const result = run("1547");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("No response from municipality 1547.");
  });
});
