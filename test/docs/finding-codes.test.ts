import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONCEPTS, conceptOf, FINDING_CODES_PATH, paramsOf, renderFindingCodes } from "../../scripts/finding-codes.js";
import { findingCatalog } from "../../src/core/findings/catalog/index.js";
import { FINDING_CODES } from "../../src/core/findings/codes.js";

const root = new URL("../../", import.meta.url);
const committed = readFileSync(new URL(FINDING_CODES_PATH, root), "utf8");
const generated = renderFindingCodes();

/** The entry of one code in the reference: from its heading to the next heading. */
function entryOf(text: string, code: string): string | undefined {
  const start = text.indexOf(`### \`${code}\`\n`);
  if (start < 0) return undefined;
  const next = text.slice(start + 1).search(/\n#{2,3} /);
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
}

describe("docs/finding-codes.md", () => {
  it("is what the catalog generates (run `npm run docs:codes` after changing a code)", () => {
    // A plain boolean first, so that the failure says what to do instead of printing 2,500 lines.
    const upToDate = committed === generated;
    expect(upToDate, `${FINDING_CODES_PATH} is out of date with findingCatalog: run \`npm run docs:codes\` and commit the result`).toBe(true);
  });

  it("has one entry for every code of FINDING_CODES, under its concept, and no other", () => {
    const headings = [...generated.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]);
    expect(headings).toEqual([...FINDING_CODES]);
    for (const code of FINDING_CODES) {
      const concept = generated.lastIndexOf(`\n## ${CONCEPTS[conceptOf(code)]!.heading}\n`, generated.indexOf(`### \`${code}\``));
      expect(concept, code).toBeGreaterThan(0);
    }
  });

  it("gives each code its description, severity, basis, params and the message in every locale", () => {
    for (const code of FINDING_CODES) {
      const definition = findingCatalog[code];
      const entry = entryOf(generated, code);
      expect(entry, code).toBeDefined();
      expect(entry).toContain(definition.description);
      expect(entry).toContain(`- Severity: ${definition.severity}\n`);
      expect(entry).toContain(`- Configurable: ${code.startsWith("schema/") || code.startsWith("document/") ? "no" : "yes"}`);
      expect(entry).toContain(`- Basis: ${definition.basis.display.en} (kind \`${definition.basis.kind}\``);
      if (definition.basis.source !== undefined) expect(entry).toContain(`source \`${definition.basis.source}\``);
      if (definition.basis.item !== undefined) expect(entry).toContain(`item \`${definition.basis.item}\``);
      for (const section of definition.basis.sections ?? []) expect(entry).toContain(`\`${section}\``);
      for (const locale of ["nb", "nn", "en"] as const) {
        expect(entry).toContain(`| ${locale} | ${definition.messages[locale].replace(/\|/g, "\\|")} |`);
      }
    }
  });

  it("lists the params from the placeholders of the messages", () => {
    expect(paramsOf(findingCatalog["action-plan/row-due-soon"])).toEqual(["row", "due", "days"]);
    expect(paramsOf(findingCatalog["plan/no-goals"])).toEqual([]);
    expect(entryOf(generated, "plan/consent-withdrawn")).toContain("- Params: `consentId`, `withdrawnOn`\n");
    expect(entryOf(generated, "plan/birth-date-mismatch")).toContain("- Params: none\n");
  });

  it("names a concept for every code prefix", () => {
    const prefixes = new Set(FINDING_CODES.map(conceptOf));
    expect([...prefixes].filter((prefix) => CONCEPTS[prefix] === undefined)).toEqual([]);
  });
});
