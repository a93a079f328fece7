// docs/fhir.md lists every canonical URL the package defines, and every finding code of the import.
import { readFileSync } from "node:fs";
import { FHIR_CODE_SYSTEMS, FHIR_EXTENSION_URLS, FHIR_ID_SYSTEMS } from "samhandling";
import { describe, expect, it } from "vitest";
import { fhirFindings } from "../../src/fhir/findings.js";

const doc = readFileSync(new URL("../../docs/fhir.md", import.meta.url), "utf8");

describe("docs/fhir.md", () => {
  it("lists every code system with its codes, every extension and every identifier system", () => {
    const urls = [...Object.values(FHIR_CODE_SYSTEMS).map((s) => s.url), ...Object.values(FHIR_EXTENSION_URLS), ...Object.values(FHIR_ID_SYSTEMS)];
    expect(urls.filter((url) => !doc.includes(`\`${url}\``))).toEqual([]);
    for (const system of Object.values(FHIR_CODE_SYSTEMS)) {
      const row = doc.split("\n").find((line) => line.startsWith(`| \`${system.url}\``)) ?? "";
      expect(system.concept.filter((c) => !row.includes(`\`${c.code}\``))).toEqual([]);
    }
  });

  it("describes every finding code of fromFhir", () => {
    expect(Object.keys(fhirFindings).filter((code) => !doc.includes(`| \`${code}\``))).toEqual([]);
  });
});
