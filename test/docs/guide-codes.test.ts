import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findingCatalog } from "../../src/core/findings/catalog/index.js";
import { isFindingCode } from "../../src/core/findings/codes.js";

const docs = new URL("../../docs/", import.meta.url);
const REFERENCE = "finding-codes.md";
const guides = readdirSync(docs)
  .filter((name) => name.endsWith(".md") && name !== REFERENCE)
  .sort();

interface CodeRow {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
  /** The severity the table gives, when it has a severity column. */
  readonly severity?: string;
}

function cellsOf(row: string): string[] {
  // Split on pipes that are not escaped, then drop the empty cells outside the outer pipes.
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** Every code named in the code column of a guide's tables, with the severity its row gives. */
function codeRows(guide: string): CodeRow[] {
  const lines = readFileSync(new URL(guide, docs), "utf8").split("\n");
  const rows: CodeRow[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trimStart().startsWith("|") || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1]!)) continue;
    const headers = cellsOf(lines[i]!).map((header) => header.toLowerCase());
    const codeColumn = headers.indexOf("code");
    const severityColumn = headers.indexOf("severity");
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trimStart().startsWith("|"); j++) {
      if (codeColumn < 0) continue;
      const cells = cellsOf(lines[j]!);
      for (const match of (cells[codeColumn] ?? "").matchAll(/`([a-z-]+\/[a-z0-9-]+)`/g)) {
        const severity = severityColumn < 0 ? undefined : cells[severityColumn];
        rows.push({ guide, line: j + 1, code: match[1]!, ...(severity === undefined ? {} : { severity }) });
      }
    }
    i = j - 1;
  }
  return rows;
}

const rows = guides.flatMap(codeRows);

describe("the guides' code tables", () => {
  it("find tables to check", () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((row) => row.guide)).size).toBeGreaterThan(8);
  });

  it("name only codes of the catalog", () => {
    const unknown = rows.filter((row) => !isFindingCode(row.code)).map((row) => `${row.guide}:${row.line} ${row.code}`);
    expect(unknown).toEqual([]);
  });

  it("give each code the catalog's severity where they give one", () => {
    const drift = rows.flatMap((row) => {
      if (row.severity === undefined || !isFindingCode(row.code)) return [];
      const expected = findingCatalog[row.code].severity;
      // A severity cell reads "warning" or "warning (info for ...)": its first word is the default.
      const given = /^(error|warning|info)\b/.exec(row.severity)?.[1];
      return given === expected ? [] : [`${row.guide}:${row.line} ${row.code}: "${row.severity}", catalog ${expected}`];
    });
    expect(drift).toEqual([]);
  });

  it("each link to the finding-code reference", () => {
    const withTables = [...new Set(rows.map((row) => row.guide))];
    const unlinked = withTables.filter((guide) => !readFileSync(new URL(guide, docs), "utf8").includes(`](${REFERENCE}`));
    expect(unlinked).toEqual([]);
  });
});
