import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findingCatalog } from "../../src/index.js";

const entries = Object.entries(findingCatalog).filter(([code]) => code.startsWith("case/"));
const here = fileURLToPath(new URL(".", import.meta.url));
const besides = fileURLToPath(new URL("../../src/coordination-case/", import.meta.url));
const tests = [
  ...readdirSync(here).filter((f) => f.endsWith(".test.ts") && f !== "catalog.test.ts").map((f) => `${here}${f}`),
  ...readdirSync(besides).filter((f) => f.endsWith(".test.ts")).map((f) => `${besides}${f}`),
]
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

describe("coordination-case finding codes", () => {
  it("are in the catalog, each resting on hol, pbrl, the IP regulation, the guide or practice", () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const [, entry] of entries) {
      expect(entry.basis.kind === "practice" || ["hol", "pbrl", "ip-regulation", "rehabilitation-guide"].includes(entry.basis.source ?? "")).toBe(true);
    }
  });

  it("each have a rule file named after them", () => {
    const rules = readdirSync(`${besides}rules/`);
    for (const [code] of entries) expect(rules).toContain(`${code.slice("case/".length)}.ts`);
  });

  it("are each exercised by a test", () => {
    expect(entries.map(([code]) => code).filter((code) => !tests.includes(`"${code}"`))).toEqual([]);
  });

  it("have no placeholder for personal data", () => {
    for (const [, entry] of entries) expect(entry.messages.en).not.toMatch(/\{(name|birthDate|nationalId|text)\}/);
  });
});
