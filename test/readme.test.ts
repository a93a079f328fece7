import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every TypeScript block in the README compiles against the package's types and runs.
const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
const dir = `${root}.tmp/readme`;
mkdirSync(dir, { recursive: true });
const files = blocks.map((code, index) => {
  const file = `${dir}/block-${index + 1}.ts`;
  // `export {}` makes each block a module of its own, as in an app.
  writeFileSync(file, `${code}\nexport {};\n`);
  return file;
});

function run(file: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
}

describe("README", () => {
  it("has TypeScript examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it("compiles every TypeScript block against the package's types", () => {
    const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram(files, { ...config?.options, noEmit: true });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  });

  it("runs the usage example and it prints what its comments say", () => {
    const result = run(files[0] ?? "");
    expect(result.stderr).toBe("");
    expect(result.stdout.trim().split("\n")).toEqual(["true", "true", "No findings."]);
  });

  it("runs every other block without an error", () => {
    for (const file of files.slice(1)) {
      const result = run(file);
      expect({ file, status: result.status, stderr: result.stderr }).toEqual({ file, status: 0, stderr: "" });
    }
  });
});
