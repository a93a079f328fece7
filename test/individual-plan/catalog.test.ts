import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findingCatalog } from "../../src/index.js";

const planEntries = Object.entries(findingCatalog).filter(([code]) => code.startsWith("plan/"));
const planCodes = planEntries.map(([code]) => code);
const here = fileURLToPath(new URL(".", import.meta.url));
const tests = readdirSync(here)
  .filter((file) => file.endsWith(".test.ts") && file !== "catalog.test.ts")
  .map((file) => readFileSync(`${here}${file}`, "utf8"))
  .join("\n");

describe("individual-plan finding codes", () => {
  it("are all in the catalog with a basis in law, the IP regulation, the guide or practice", () => {
    expect(planCodes.length).toBeGreaterThanOrEqual(22);
    const sources = new Set<string | undefined>(["pbrl", "hol", "ip-regulation", "rehabilitation-guide"]);
    for (const [code, entry] of planEntries) {
      for (const part of [entry.basis, ...(entry.basis.also ?? [])]) {
        expect([code, part.kind === "practice" ? part.source === undefined : sources.has(part.source)]).toEqual([code, true]);
      }
    }
  });

  it("are each exercised by a scenario test", () => {
    const untested = planCodes.filter((code) => !tests.includes(`"${code}"`));
    expect(untested).toEqual([]);
  });

  it("keep params free of personal data by design: no name, birth date or national id placeholder", () => {
    for (const [, entry] of planEntries) {
      expect(entry.messages.en).not.toMatch(/\{(name|birthDate|nationalId|title|text)\}/);
    }
  });
});
