#!/usr/bin/env node
// Checks the generated API docs (typedoc's HTML output) for what the plugin promises:
// navigation by concept, functions first, no brand internals, examples before the type details.
// `npm run docs` runs it after typedoc; test/docs/api-docs.test.ts runs it on its own output.
//
//   node scripts/typedoc/check-output.mjs [docs/api]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { CATEGORY_ORDER, CONCEPTS } from "./concepts.mjs";

/** typedoc's ReflectionKind.Function. */
const FUNCTION = 64;
/** What brand internals look like in a page. */
const BRAND_INTERNALS = /\$brand|\$ZodBranded/;
/** A function's page beyond this many bytes is not one a reader gets through. */
export const FUNCTION_PAGE_BUDGET = 40_000;

/**
 * The navigation tree typedoc writes to assets/navigation.js.
 *
 * @param {string} outDir typedoc's `out` folder
 * @returns {{ text: string, kind?: number, path?: string, children?: unknown[] }[]}
 */
export function readNavigation(outDir) {
  const script = readFileSync(join(outDir, "assets", "navigation.js"), "utf8");
  const data = /window\.navigationData = "([^"]+)"/.exec(script)?.[1];
  if (data === undefined) throw new Error(`${outDir}/assets/navigation.js holds no navigation data`);
  return JSON.parse(inflateSync(Buffer.from(data, "base64")).toString("utf8"));
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith(".html")) yield path;
  }
}

/**
 * The problems found in typedoc's HTML output, as sentences; none when the docs are as promised.
 *
 * @param {string} outDir typedoc's `out` folder
 * @returns {string[]}
 */
export function checkApiDocs(outDir) {
  const problems = [];
  const navigation = readNavigation(outDir);

  // Navigation: only groups at the top, in concept order, every concept there.
  const titles = [];
  for (const entry of navigation) {
    if (entry.kind !== undefined || entry.path !== undefined) {
      problems.push(`navigation: "${entry.text}" is in no group; every export belongs to a concept`);
      continue;
    }
    if (!CATEGORY_ORDER.includes(entry.text)) problems.push(`navigation: unknown group "${entry.text}"`);
    titles.push(entry.text);
  }
  const expected = CATEGORY_ORDER.filter((title) => titles.includes(title));
  if (JSON.stringify(titles) !== JSON.stringify(expected)) {
    problems.push(`navigation: groups in the order ${titles.join(", ")}; expected ${expected.join(", ")}`);
  }
  for (const concept of CONCEPTS) {
    if (!titles.includes(concept.title)) problems.push(`navigation: no group for the concept "${concept.title}"`);
  }

  // Functions first within each concept.
  for (const entry of navigation) {
    const kinds = (entry.children ?? []).map((child) => child.kind);
    const lastFunction = kinds.lastIndexOf(FUNCTION);
    const firstOther = kinds.findIndex((kind) => kind !== FUNCTION);
    if (lastFunction !== -1 && firstOther !== -1 && firstOther < lastFunction) {
      problems.push(`navigation: in "${entry.text}", ${entry.children[firstOther].text} comes before a function`);
    }
  }

  for (const file of htmlFiles(outDir)) {
    const page = readFileSync(file, "utf8");
    const name = file.slice(outDir.length + 1);
    if (BRAND_INTERNALS.test(page)) problems.push(`${name}: shows brand internals (${BRAND_INTERNALS.exec(page)[0]})`);
    if (!name.startsWith("functions")) continue;
    if (page.length > FUNCTION_PAGE_BUDGET) {
      problems.push(`${name}: ${page.length} bytes, over the budget of ${FUNCTION_PAGE_BUDGET} for a function's page`);
    }
    // The first signature's example comes before its parameters and return type.
    const example = page.indexOf('class="tsd-tag-example"');
    const details = [page.indexOf('class="tsd-parameters-title"'), page.indexOf('class="tsd-returns-title"')].filter(
      (index) => index !== -1,
    );
    if (example === -1) problems.push(`${name}: no example`);
    else if (details.some((index) => index < example)) problems.push(`${name}: the example comes after the type details`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "docs/api";
  const problems = checkApiDocs(outDir);
  for (const problem of problems) console.error(`API docs: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log(`API docs in ${outDir}: grouped by concept, functions first, no brand internals, examples first.`);
}
