// Type instantiations of a consumer that imports and uses every export of the package
// (`tsx test/bench/types.ts`, or through `npm run bench`). A figure, never a test assertion.
//
// The consumer is checked against declaration files that `tsc` emits from the current source into a
// temporary folder, with `skipLibCheck` on, as an app would check against the published `.d.ts`: the
// library's own bodies are not counted, only what the consumer makes the compiler work out. Emitting
// from source keeps the figure true to the code at hand (a `dist` may be stale or absent, and its
// layout belongs to the build config); when `dist/index.d.ts` exists it is measured too, as a note.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { writeConsumer } from "./_type-consumer.js";

import type { Figure } from "./_figure.js";

export type { Figure };

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const tscBin = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const MAX_INSTANTIATIONS = 30_000;

const compilerOptions = {
  target: "ES2022",
  lib: ["ES2022"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
};

interface Diagnostics {
  readonly instantiations: number;
  readonly types: number;
  readonly checkSeconds: number;
}

async function tsc(project: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [tscBin, "-p", project], { cwd: root, maxBuffer: 1 << 24 });
    return stdout;
  } catch (error) {
    const out = error instanceof Error && "stdout" in error ? String(error.stdout) : String(error);
    throw new Error(`tsc -p ${project} failed:\n${out.slice(0, 4000)}`);
  }
}

function figure(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output);
  if (match?.[1] === undefined) throw new Error(`no "${label}" in tsc --extendedDiagnostics output`);
  return Number(match[1]);
}

async function measureConsumer(dir: string, entry: string): Promise<Diagnostics> {
  const consumer = join(dir, `consumer-${Math.abs(hash(entry))}.ts`);
  await writeConsumer(join(root, "src/index.ts"), consumer, entry);
  const project = join(dir, `tsconfig.consumer-${Math.abs(hash(entry))}.json`);
  const options = { ...compilerOptions, noEmit: true, extendedDiagnostics: true };
  await writeFile(project, JSON.stringify({ compilerOptions: options, files: [consumer] }, null, 2));
  const output = await tsc(project);
  return {
    instantiations: figure(output, "Instantiations"),
    types: figure(output, "Types"),
    checkSeconds: figure(output, "Check time"),
  };
}

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + (char.codePointAt(0) ?? 0)) | 0;
  return h;
}

function figuresOf(name: string, d: Diagnostics, target: boolean): Figure[] {
  return [
    {
      name: `types: instantiations, consumer of every export (${name})`,
      value: d.instantiations,
      unit: "",
      ...(target ? { target: { max: MAX_INSTANTIATIONS } } : {}),
      note: `${d.types.toLocaleString("en")} types, check time ${d.checkSeconds.toFixed(2)} s`,
    },
  ];
}

/**
 * Type-checks a consumer that imports every export of `src/index.ts` and uses each, and reports
 * the compiler's instantiation count (target: at most 30 000), with the number of types and the
 * check time as a note.
 *
 * @returns The figures: one against declarations emitted from the source, one against `dist` when built.
 * @throws Error when the declarations or the consumer do not compile.
 *
 * @example
 * (await typeFigures())[0]?.target
 * //=> { max: 30000 }
 */
export async function typeFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), "samhandling-types-"));
  try {
    await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    const declDir = join(dir, "decl");
    await mkdir(declDir);
    const declProject = join(dir, "tsconfig.decl.json");
    const declOptions = { ...compilerOptions, types: ["node"], declaration: true, emitDeclarationOnly: true, rootDir: join(root, "src"), outDir: declDir };
    await writeFile(declProject, JSON.stringify({ compilerOptions: declOptions, files: [join(root, "src/index.ts")] }, null, 2));
    await tsc(declProject);
    const figures = figuresOf("declarations emitted from src", await measureConsumer(dir, join(declDir, "index.js")), true);
    const dist = join(root, "dist/index.d.ts");
    if (existsSync(dist)) figures.push(...figuresOf("dist/index.d.ts", await measureConsumer(dir, join(root, "dist/index.js")), false));
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of await typeFigures()) {
    const bound = f.target?.max === undefined ? "" : `  (target <= ${f.target.max.toLocaleString("en")})`;
    console.log(`${f.name}: ${f.value.toLocaleString("en")}${bound}${f.note === undefined ? "" : `; ${f.note}`}`);
  }
}
