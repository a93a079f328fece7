import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CODE_LISTS, codeListYear, FIRST_CODE_YEAR } from "./index.js";
import type { CodeEntry } from "./types.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const dataFiles = readdirSync(here).filter((file) => /^\d{4}\.ts$/.test(file));
const registered = Object.keys(CODE_LISTS).map(Number);

const numbers = (entries: readonly CodeEntry[]): string[] => entries.map(([number]) => number);

describe("the municipality code-list registry", () => {
  it("registers every data file under its own year, and nothing else", () => {
    expect(dataFiles.map((file) => Number(file.slice(0, 4)))).toEqual(registered);
    expect(registered.length).toBeGreaterThanOrEqual(2);
  });

  it.each(dataFiles)("holds %s under its year, as the file exports it", async (file) => {
    const year = Number(file.slice(0, 4));
    const module: Record<string, unknown> = await import(/* @vite-ignore */ `./${year}.js`);
    expect(Object.keys(module)).toEqual([`CODE_LIST_${year}`]);
    expect(module[`CODE_LIST_${year}`]).toBe(CODE_LISTS[year]);
  });

  it("states its source and date in each data file's header", () => {
    for (const file of dataFiles) {
      const header = readFileSync(`${here}${file}`, "utf8").split("\nimport ")[0] ?? "";
      expect([file, /SSB|Statistics Norway/.test(header), /\d{4}-\d{2}-\d{2}/.test(header)]).toEqual([file, true, true]);
    }
  });

  it.each(registered)("has the %i lists well formed: sorted, unique, every municipality in a listed county", (year) => {
    const { counties, municipalities } = CODE_LISTS[year] ?? { counties: [], municipalities: [] };
    for (const [entries, digits] of [[counties, 2], [municipalities, 4]] as const) {
      const list = numbers(entries);
      expect(list.length).toBeGreaterThan(0);
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
      expect(list.every((number) => number.length === digits && /^\d+$/.test(number))).toBe(true);
      expect(entries.every(([, name]) => name.trim() === name && name.length > 0)).toBe(true);
    }
    const prefixes = new Set(numbers(municipalities).map((number) => number.slice(0, 2)));
    expect([...prefixes].sort()).toEqual(numbers(counties));
  });

  it("finds the list of a year: the newest whose first year is not after it", () => {
    expect(FIRST_CODE_YEAR).toBe(Math.min(...registered));
    expect(codeListYear(FIRST_CODE_YEAR - 1)).toBeUndefined();
    for (const year of registered) {
      expect(codeListYear(year)).toBe(year);
      expect(codeListYear(year - 1)).toBe(registered.filter((listYear) => listYear < year).at(-1));
    }
  });
});
