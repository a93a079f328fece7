// The layout CONTRIBUTING.md promises: every rule of every document kind is a self-describing value in
// a file named after its (first) code, with its test beside it, listed in its concept's rules index.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { findingCatalog } from "../../src/core/findings/catalog/index.js";

const root = new URL("../..", import.meta.url).pathname;

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ruleFiles(path);
    const helper = entry.name === "index.ts" || entry.name === "context.ts" || entry.name.startsWith("_");
    return entry.name.endsWith(".ts") && !entry.name.includes(".test") && !helper ? [path] : [];
  });
}

const ruleDirs = readdirSync(join(root, "src"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, "src", entry.name, "rules")))
  .map((entry) => join(root, "src", entry.name, "rules"));
const files = ruleDirs.flatMap(ruleFiles);

describe("the rules' layout", () => {
  it("finds the rules of every concept", () => {
    expect(ruleDirs.map((dir) => relative(root, dir)).sort()).toEqual([
      "src/action-plan/rules",
      "src/coordination-case/rules",
      "src/development-project/rules",
      "src/evaluation/rules",
      "src/individual-plan/rules",
      "src/mapping/rules",
      "src/milestones/rules",
      "src/pathway/rules",
      "src/reporting/rules",
    ]);
  });

  it.each(files.map((file) => [relative(root, file), file]))("%s declares its codes, is named after one and has its test beside it", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const base = file.slice(file.lastIndexOf("/") + 1, -".ts".length);
    expect(text).toMatch(/export const \w+Rule = \w+Rule\(\{/);
    const declared = [...text.matchAll(/^ {4}"([a-z-]+\/[a-z0-9-]+)": \{$/gm)].map((match) => match[1]);
    expect(declared.length).toBeGreaterThan(0);
    for (const code of declared) expect(Object.keys(findingCatalog)).toContain(code);
    expect(declared.map((code) => code?.slice(code.indexOf("/") + 1))).toContain(base);
    expect(existsSync(file.replace(/\.ts$/, ".test.ts"))).toBe(true);
  });
});

describe("CONTRIBUTING.md", () => {
  const guide = readFileSync(join(root, "CONTRIBUTING.md"), "utf8");

  it("shows a rule exactly as it is in the source", () => {
    const block = /```ts\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBe(readFileSync(join(root, "src/individual-plan/rules/no-goals.ts"), "utf8"));
  });

  it("names only files that exist", () => {
    const paths = [...guide.matchAll(/`((?:src|test|docs|examples)\/[\w./-]+\.(?:ts|md))`/g)].map((match) => match[1] ?? "");
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
  });
});
