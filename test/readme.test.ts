import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");
const usage = /## Usage\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

describe("README usage example", () => {
  const dir = `${root}.tmp`;
  const file = `${dir}/readme-usage.ts`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, usage);

  it("is there", () => {
    expect(usage).toContain('from "samhandling"');
  });

  it("compiles against the package's types", () => {
    const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram([file], { ...config?.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });

  it("prints what its comments say", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual(["true", "true", "No findings."]);
  });
});
