// Gzip sizes of what a consumer's bundle gets from the BUILT package (zod external), for `npm run bench`.
// Alone: `tsx test/bench/sizes.ts` prints the table; `--analyze` adds what dominates each bundle.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

import type { Figure } from "./_figure.js";

export type { Figure };

interface SizeCase {
  readonly name: string;
  readonly source: string;
  readonly max: number;
  /** Bundle zod too, and report the size beyond an app that already builds a zod schema. */
  readonly withZod?: true;
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const ONE_CHECK_KB = 3;
const ONE_CONCEPT_KB = 12;
const EVERYTHING_KB = 25;

const cases: readonly SizeCase[] = [
  { name: "parseDeadline", source: `export { parseDeadline } from "samhandling";`, max: ONE_CHECK_KB },
  { name: "parseDeadline (samhandling/deadlines)", source: `export { parseDeadline } from "samhandling/deadlines";`, max: ONE_CHECK_KB },
  { name: "validateNationalId", source: `export { validateNationalId } from "samhandling";`, max: ONE_CHECK_KB },
  { name: "validateNationalId (samhandling/identifiers)", source: `export { validateNationalId } from "samhandling/identifiers";`, max: ONE_CHECK_KB },
  { name: "validateActionPlan", source: `export { validateActionPlan } from "samhandling";`, max: ONE_CONCEPT_KB },
  { name: "validateActionPlan (samhandling/action-plan)", source: `export { validateActionPlan } from "samhandling/action-plan";`, max: ONE_CONCEPT_KB },
  { name: "everything (import * as all)", source: `import * as all from "samhandling";\nexport { all };`, max: EVERYTHING_KB },
  // What the library adds to an app's zod: catches zod code it forces in, such as every locale.
  { name: "validateActionPlan, zod bundled, beyond zod", source: `export { validateActionPlan } from "samhandling/action-plan";`, max: ONE_CONCEPT_KB, withZod: true },
  // Every document schema and, with zod bundled, zod's JSON Schema generator: only for those who import it.
  { name: "documentJsonSchema (samhandling/json-schema)", source: `export { documentJsonSchema } from "samhandling/json-schema";`, max: EVERYTHING_KB },
  { name: "documentJsonSchema, zod bundled, beyond zod", source: `export { documentJsonSchema } from "samhandling/json-schema";`, max: EVERYTHING_KB, withZod: true },
];

/** The app that already uses zod, which the `withZod` cases are measured beyond. */
const ZOD_APP = `import * as z from "zod";\nexport const parse = z.object({ on: z.iso.date(), title: z.string().min(1), n: z.int() }).safeParse;`;

/** The newest modification time under a folder, in ms (test files included: a cheap upper bound). */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the package when its root ESM entry is missing or older than the sources. */
function ensureBuilt(): void {
  const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const entry = typeof manifest === "object" && manifest !== null && "module" in manifest ? manifest.module : undefined;
  const entryPath = join(root, typeof entry === "string" ? entry : "dist/esm/index.js");
  if (existsSync(entryPath) && statSync(entryPath).mtimeMs >= newestUnder(join(root, "src"))) return;
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/** A consumer project whose node_modules/samhandling is this package, resolved through its exports. */
function consumerProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "samhandling-sizes-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "samhandling"), "junction");
  const zod = dirname(createRequire(join(root, "package.json")).resolve("zod/package.json"));
  symlinkSync(zod, join(dir, "node_modules", "zod"), "junction");
  return dir;
}

async function bundle(dir: string, source: string, withZod = false): Promise<{ readonly code: Uint8Array; readonly metafile: Metafile }> {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: withZod ? [] : ["zod", "zod/*"],
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: root,
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error("esbuild wrote no output");
  return { code: output.contents, metafile: result.metafile };
}

const kB = (bytes: number): number => Math.round(bytes / 10) / 100;

/** Where a bundle's bytes come from: minified bytes per package folder, largest first. */
export function dominantInputs(metafile: Metafile, limit = 8): Array<readonly [string, number]> {
  const bySource = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const parts = relative(root, join(root, path.replace(/^.*?node_modules\//, "node_modules/"))).split(sep);
      const dist = parts.indexOf("dist");
      const pkg = parts[1] === "zod" && path.includes("/locales/") ? "zod/locales" : parts.slice(0, 2).join("/");
      const key = parts[0] === "node_modules" ? pkg : parts.slice(dist + 2, -1).join("/") || ".";
      bySource.set(key, (bySource.get(key) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bySource].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

/** Measures every case; `analyze` also returns each bundle's metafile. */
async function measure(): Promise<Array<{ readonly figure: Figure; readonly metafile?: Metafile }>> {
  ensureBuilt();
  const dir = consumerProject();
  try {
    const results: Array<{ readonly figure: Figure; readonly metafile?: Metafile }> = [];
    for (const sizeCase of cases) {
      const target = { max: sizeCase.max };
      try {
        const { code, metafile } = await bundle(dir, sizeCase.source, sizeCase.withZod);
        const base = sizeCase.withZod ? (await bundle(dir, ZOD_APP, true)).code : new Uint8Array();
        const gzip = gzipSync(code, { level: 9 }).byteLength - (sizeCase.withZod ? gzipSync(base, { level: 9 }).byteLength : 0);
        const zod = sizeCase.withZod ? "zod bundled, minus an app's own z.object bundle" : "zod external";
        const note = `minified ${kB(code.byteLength - base.byteLength)} kB; esbuild ESM, browser, ${zod}; gzip -9`;
        results.push({ figure: { name: `gzip: ${sizeCase.name}`, value: kB(gzip), unit: "kB", target, note }, metafile });
      } catch (error) {
        const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => line.trim() !== "");
        const note = `not bundled: ${lines.at(-1)?.trim() ?? "unknown error"}`;
        results.push({ figure: { name: `gzip: ${sizeCase.name}`, value: Number.NaN, unit: "kB", target, note } });
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Gzip sizes (kB, 1000 bytes) of consumer bundles importing one check, one validator or everything. */
export async function sizeFigures(): Promise<Figure[]> {
  return (await measure()).map((result) => result.figure);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const analyze = process.argv.includes("--analyze");
  for (const { figure, metafile } of await measure()) {
    const max = figure.target?.max;
    const verdict = max === undefined || Number.isNaN(figure.value) ? "" : figure.value <= max ? "ok" : "OVER";
    const target = max === undefined ? "" : `<= ${max} ${figure.unit}`;
    console.log(`${figure.name.padEnd(52)} ${figure.value.toFixed(2).padStart(7)} ${figure.unit}  ${target.padEnd(9)} ${verdict.padEnd(4)}  ${figure.note ?? ""}`);
    if (analyze && metafile !== undefined) {
      for (const [source, bytes] of dominantInputs(metafile)) console.log(`    ${kB(bytes).toFixed(2).padStart(7)} kB min  ${source}`);
    }
  }
}
