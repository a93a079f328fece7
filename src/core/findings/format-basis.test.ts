import { describe, expect, it } from "vitest";
import { findingCatalog } from "./catalog/index.js";
import { formatFindingsTable } from "./format.js";
import type { Finding } from "./types.js";

describe("formatFindingsTable with basis", () => {
  const findings: readonly Finding[] = [
    { code: "plan/no-goals", severity: "warning", path: ["goals"], message: "The plan has no goals" },
    { code: "schema/invalid-national-id", severity: "error", path: ["user", "nationalId"], message: "Invalid national identity number (checksum)" },
  ];

  it("prints the table of its JSDoc example", () => {
    expect(formatFindingsTable(findings.slice(0, 1), { locale: "en", basis: true })).toBe(
      "Severity  Code           Path   Message                Basis\n" +
        "--------  -------------  -----  ---------------------  -----\n" +
        "warning   plan/no-goals  goals  The plan has no goals  the regulation on individual plans in welfare services, item a",
    );
  });

  it("adds a last column with each code's basis in the chosen locale, the messages aligned before it", () => {
    for (const locale of ["nb", "nn", "en"] as const) {
      const lines = formatFindingsTable(findings, { locale, basis: true }).split("\n");
      expect(lines[0]).toMatch(locale === "en" ? /\s{2}Basis$/ : /\s{2}Grunnlag$/);
      findings.forEach((finding, index) => {
        expect(lines[index + 2]?.endsWith(`  ${findingCatalog[finding.code].basis.display[locale]}`)).toBe(true);
      });
      const column = lines[0]!.lastIndexOf(locale === "en" ? "Basis" : "Grunnlag");
      findings.forEach((finding, index) => expect(lines[index + 2]?.indexOf(findingCatalog[finding.code].basis.display[locale])).toBe(column));
    }
    expect(formatFindingsTable(findings, { locale: "nn", basis: true })).toContain("folkeregisterlova");
  });

  it("leaves the table as it was when basis is false or left out", () => {
    const plain = formatFindingsTable(findings, { locale: "en" });
    expect(formatFindingsTable(findings, { locale: "en", basis: false })).toBe(plain);
    expect(plain).not.toContain("Basis");
    expect(plain).not.toContain(findingCatalog["plan/no-goals"].basis.display.en);
    expect(formatFindingsTable([], { locale: "en", basis: true })).toBe("No findings.");
  });

  it("refuses a basis that is not a boolean, and a code that has no basis", () => {
    // @ts-expect-error basis is a boolean
    expect(() => formatFindingsTable(findings, { basis: "yes" })).toThrow(/options\.basis must be true or false/);
    // @ts-expect-error a code the catalog does not have, as from a hand-made finding
    const unknown: readonly Finding[] = [{ code: "plan/unheard-of", severity: "info", path: [], message: "?" }];
    expect(() => formatFindingsTable(unknown, { basis: true })).toThrow(/findings\[0\]\.code "plan\/unheard-of" is not a finding code/);
    expect(formatFindingsTable(unknown, { locale: "en" })).toContain("plan/unheard-of");
  });

  it("does not change the findings it prints", () => {
    const copy = structuredClone(findings);
    formatFindingsTable(findings, { locale: "nb", basis: true });
    expect(findings).toEqual(copy);
  });
});
