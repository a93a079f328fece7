import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FINDING_CODES, findingCatalog } from "../../src/index.js";

const entries = Object.entries(findingCatalog).filter(([code]) => code.startsWith("pathway/"));
const rules = readdirSync(fileURLToPath(new URL("../../src/pathway/rules/", import.meta.url)));

describe("pathway finding codes", () => {
  it("are in FINDING_CODES and the catalog, each with a rule file named after it", () => {
    expect(entries.map(([code]) => code).sort()).toEqual(FINDING_CODES.filter((code) => code.startsWith("pathway/")).sort());
    expect(entries).toHaveLength(11);
    for (const [code] of entries) expect(rules).toContain(`${code.slice("pathway/".length)}.ts`);
  });

  it("rest on pbrl (consent) or on practice, never on a guessed source", () => {
    for (const [code, entry] of entries) {
      if (code === "pathway/step-without-consent") expect(entry.basis).toMatchObject({ kind: "act", source: "pbrl", sections: ["4-3", "4-4", "4-5"] });
      else expect(entry.basis.kind).toBe("practice");
    }
  });

  it("have messages in every locale and no placeholder for personal data", () => {
    for (const [, entry] of entries) {
      for (const locale of ["nb", "nn", "en"] as const) expect(entry.messages[locale].length).toBeGreaterThan(10);
      expect(entry.messages.en).not.toMatch(/\{(name|birthDate|nationalId|text)\}/);
    }
  });
});
