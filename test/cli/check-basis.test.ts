import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFindingsTable } from "../../src/core/findings/format.js";
import { validateIndividualPlan } from "../../src/individual-plan/index.js";
import { run } from "./_io.js";

const PROBLEMS = "examples/data/individual-plan-problems.json";
const TODAY = "2025-10-01";

describe("samhandling check --basis", () => {
  it("prints formatFindingsTable's basis table under the document, in the chosen locale", async () => {
    const document: unknown = JSON.parse(readFileSync(new URL(`../../${PROBLEMS}`, import.meta.url), "utf8"));
    for (const locale of ["nb", "nn", "en"] as const) {
      const { findings } = validateIndividualPlan(document, { today: TODAY, locale });
      expect(findings.length).toBeGreaterThan(1);
      const table = formatFindingsTable(findings, { locale, basis: true })
        .split("\n")
        .map((line) => `  ${line}`)
        .join("\n");
      const result = await run(["check", PROBLEMS, "--today", TODAY, "--locale", locale, "--basis"]);
      expect(result.stdout).toContain(`\n${table}\n`);
    }
  });

  it("prints the table without the basis column when --basis is left out", async () => {
    const document: unknown = JSON.parse(readFileSync(new URL(`../../${PROBLEMS}`, import.meta.url), "utf8"));
    const { findings } = validateIndividualPlan(document, { today: TODAY, locale: "en" });
    const plain = formatFindingsTable(findings, { locale: "en" }).split("\n").map((line) => `  ${line}`).join("\n");
    const result = await run(["check", PROBLEMS, "--today", TODAY, "--locale", "en"]);
    expect(result.stdout).toContain(`\n${plain}\n`);
    expect(result.stdout).not.toContain("Basis");
  });
});
