import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_KINDS } from "../../src/documents/kinds.js";
import { documentJsonSchema } from "../../src/json-schema/index.js";
import { installPacked, linkDependencies, packOnce } from "./_packed.js";

// The packed package (test/package/_packed.ts: packed once, installed into a temporary project beside
// zod and date-fns), and every entry point imported from ESM and required from CJS.
const root = fileURLToPath(new URL("../..", import.meta.url));
const manifest: { exports: Record<string, unknown> } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** One known export of each entry point, and what it must be. */
const known: Readonly<Record<string, readonly [string, "function" | "object" | "string"]>> = {
  ".": ["validateIndividualPlan", "function"],
  "./deadlines": ["parseDeadline", "function"],
  "./identifiers": ["validateNationalId", "function"],
  "./findings": ["findingCatalog", "object"],
  "./individual-plan": ["validateIndividualPlan", "function"],
  "./coordination": ["validateCoordinationCase", "function"],
  "./pathway": ["validatePathwayCase", "function"],
  "./action-plan": ["validateActionPlan", "function"],
  "./evaluation": ["validateEvaluation", "function"],
  "./development-project": ["validateDevelopmentProject", "function"],
  "./milestones": ["validateMilestoneSchedule", "function"],
  "./mapping": ["validateMappingResponse", "function"],
  "./reporting": ["validateMunicipalReport", "function"],
  "./json-schema": ["documentJsonSchema", "function"],
  "./schemas/*": ["$id", "string"],
  "./fhir": ["toFhir", "function"],
  "./package.json": ["name", "string"],
};
/** The one file a wildcard entry point is loaded through here. */
const wildcard: Readonly<Record<string, string>> = { "./schemas/*": "./schemas/individual-plan.schema.json" };
const specifier = (entry: string): string => (entry === "." ? "samhandling" : `samhandling/${(wildcard[entry] ?? entry).slice(2)}`);

let work = "";
let files: string[] = [];
let project = "";
let tarballDir = "";

/** What a child Node process sees of each entry: `typeof` its known export, and its export names. */
function load(kind: "esm" | "cjs"): Record<string, { readonly type: string; readonly names: readonly string[] }> {
  const entries = JSON.stringify(Object.entries(known).map(([entry, [name]]) => [specifier(entry), name]));
  const read =
    kind === "esm"
      ? `spec.endsWith(".json") ? (await import(spec, { with: { type: "json" } })).default : await import(spec)`
      : "require(spec)";
  const source = [
    "const out = {};",
    `for (const [spec, name] of ${entries}) {`,
    `  const m = ${read};`,
    "  out[spec] = { type: typeof m[name], names: Object.keys(m).sort() };",
    "}",
    "console.log(JSON.stringify(out));",
  ].join("\n");
  const file = join(project, kind === "esm" ? "load.mjs" : "load.cjs");
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

beforeAll(async () => {
  const packed = await packOnce();
  files = [...packed.files];
  work = mkdtempSync(join(tmpdir(), "samhandling-pack-"));
  project = join(work, "project");
  installPacked(packed, project);
  tarballDir = dirname(packed.tarball);
}, 600_000);

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds the build, LICENSE, README and package.json, and no tests, sources or source maps", () => {
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json", "dist/esm/index.js", "dist/cjs/index.js", "dist/cjs/package.json"]));
    expect(files.filter((file) => !file.startsWith("dist/") && !["LICENSE", "README.md", "package.json"].includes(file))).toEqual([]);
    expect(files.filter((file) => /\.test(-d)?\.|\.map$|\.ts$/.test(file) && !file.endsWith(".d.ts"))).toEqual([]);
  });

  it("holds every file its exports point to, types and JavaScript for import and require", () => {
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === "string" ? [target] : Object.values(target ?? {}).flatMap((conditions: Record<string, string>) => Object.values(conditions)),
    );
    const plain = Object.values(manifest.exports).filter((target) => typeof target === "string").length;
    expect(targets.length).toBe(4 * (Object.keys(known).length - plain) + plain);
    // A wildcard target (`./dist/schemas/*`) is held when some file matches it.
    const held = (target: string): boolean =>
      target.includes("*") ? files.some((file) => file.startsWith(target.slice(0, target.indexOf("*")))) : files.includes(target);
    expect(targets.map((target) => target.replace(/^\.\//, "")).filter((target) => !held(target))).toEqual([]);
  });

  it("lists exactly the entry points tested here", () => {
    expect(Object.keys(manifest.exports).sort()).toEqual(Object.keys(known).sort());
  });

  it("loads every entry point from ESM and from CJS, with the same exports", () => {
    const esm = load("esm");
    const cjs = load("cjs");
    for (const [entry, [, type]] of Object.entries(known)) {
      expect(esm[specifier(entry)]?.type, `import ${specifier(entry)}`).toBe(type);
      expect(cjs[specifier(entry)]?.type, `require ${specifier(entry)}`).toBe(type);
      expect(cjs[specifier(entry)]?.names, specifier(entry)).toEqual(esm[specifier(entry)]?.names);
    }
    expect(esm["samhandling"]?.names.length).toBeGreaterThan(100);
  });

  it("runs its bin, the samhandling command, from the installed package", () => {
    const installed: { bin?: Record<string, string> } = JSON.parse(readFileSync(join(project, "node_modules", "samhandling", "package.json"), "utf8"));
    const bin = installed.bin?.["samhandling"];
    expect(bin).toBeDefined();
    const path = join(project, "node_modules", "samhandling", bin ?? "");
    expect(statSync(path).mode & 0o111, "executable").not.toBe(0);
    expect(readFileSync(path, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const explain = spawnSync(process.execPath, [path, "explain", "plan/missing-consent", "--format", "json"], { cwd: project, encoding: "utf8" });
    expect([explain.status, explain.stderr]).toEqual([0, ""]);
    expect(JSON.parse(explain.stdout)).toMatchObject({ code: "plan/missing-consent", severity: "error" });
    const check = spawnSync(process.execPath, [path, "check", "-", "--today", "2026-01-15", "--format", "ndjson"], { cwd: project, encoding: "utf8", input: '{"kind":"plan"}\n' });
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout.split("\n")[0] ?? "")).toMatchObject({ kind: null, findings: [{ code: "document/unknown-kind" }] });
    const schema = spawnSync(process.execPath, [path, "schema", "action-plan"], { cwd: project, encoding: "utf8" });
    expect([schema.status, schema.stderr]).toEqual([0, ""]);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(project, "node_modules", "samhandling", "dist", "schemas", "action-plan.schema.json"), "utf8")));
    const plan = '{"kind":"individual-plan","id":"ip-1","status":"draft","user":{"birthDate":"1990-05-15"}}\n';
    const exported = spawnSync(process.execPath, [path, "fhir", "export", "-"], { cwd: project, encoding: "utf8", input: plan });
    expect([exported.status, exported.stderr]).toEqual([0, ""]);
    const imported = spawnSync(process.execPath, [path, "fhir", "import", "-"], { cwd: project, encoding: "utf8", input: exported.stdout });
    expect([imported.status, imported.stderr, JSON.parse(imported.stdout)]).toEqual([0, "", JSON.parse(plan)]);
  });
});

describe("the JSON Schema files in the packed package", () => {
  /** The fenced blocks of one language in the README's "JSON Schema" section. */
  function readmeBlocks(language: string): string[] {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("\n## JSON Schema\n"), readme.indexOf("\n## ", readme.indexOf("\n## JSON Schema\n") + 1));
    return [...section.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, "g"))].map((match) => match[1] ?? "");
  }

  /** What a block's `console.log(...); // shown` comments say it prints, line by line. */
  const shown = (code: string): string[] => [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((match) => match[1] ?? "");

  it("holds one file per document kind and no other", () => {
    expect(files.filter((file) => file.startsWith("dist/schemas/")).sort()).toEqual(DOCUMENT_KINDS.map((kind) => `dist/schemas/${kind}.schema.json`).sort());
  });

  it("holds exactly documentJsonSchema(kind) in every file", () => {
    for (const kind of DOCUMENT_KINDS) {
      const shipped: unknown = JSON.parse(readFileSync(join(project, "node_modules", "samhandling", "dist", "schemas", `${kind}.schema.json`), "utf8"));
      expect(shipped, kind).toEqual(documentJsonSchema(kind));
    }
  });

  it("runs the README's JavaScript as written, from ESM and CJS, and prints what its comments say", () => {
    linkDependencies(project, ["ajv", "ajv-formats"]);
    const blocks = readmeBlocks("js");
    expect(blocks.length).toBe(2);
    for (const [index, code] of blocks.entries()) {
      const file = join(project, code.includes("require(") ? `readme-${index}.cjs` : `readme-${index}.mjs`);
      writeFileSync(file, code);
      const result = spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
      expect({ stderr: result.stderr, status: result.status }).toEqual({ stderr: "", status: 0 });
      expect(result.stdout.trim().split("\n")).toEqual(shown(code));
    }
  });

  it("takes the files out of the tarball with the README's command", () => {
    const [command] = readmeBlocks("sh");
    const extract = command?.split(" && ")[1]?.trim() ?? "";
    expect(extract).toMatch(/^tar -xzf samhandling-\*\.tgz /);
    const out = mkdtempSync(join(tmpdir(), "samhandling-schemas-"));
    try {
      execFileSync("sh", ["-c", `cp ${tarballDir}/*.tgz . && ${extract}`], { cwd: out, stdio: "ignore" });
      expect(readdirSync(out).filter((name) => name.endsWith(".schema.json")).sort()).toEqual(DOCUMENT_KINDS.map((kind) => `${kind}.schema.json`).sort());
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
