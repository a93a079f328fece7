// Global setup: gives the run a directory for the per-file records of fired-codes.ts, and, when the
// whole suite ran, fails the run naming every finding code (FINDING_CODES) that no test fired.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import { FINDING_CODES } from "../../src/core/findings/codes.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where each test file writes the finding codes its tests fired. */
    firedCodesDir: string;
  }
}

/** Reads the records of a run: which test files started and every code their tests fired. */
export function readFiredCodes(dir: string): { readonly files: ReadonlySet<string>; readonly codes: ReadonlySet<string> } {
  const files = new Set<string>();
  const codes = new Set<string>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".json")) continue;
    const record: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
    if (typeof record !== "object" || record === null || !("file" in record) || !("codes" in record)) continue;
    if (typeof record.file === "string") files.add(record.file);
    if (Array.isArray(record.codes)) for (const code of record.codes) if (typeof code === "string") codes.add(code);
  }
  return { files, codes };
}

/** The codes of FINDING_CODES that are not among `fired`, in list order. */
export function unfiredCodes(fired: ReadonlySet<string>): string[] {
  return FINDING_CODES.filter((code) => !fired.has(code));
}

/**
 * Makes the run's directory and returns the teardown, which checks the codes when every test file of
 * the config ran (a run given a file filter, a name pattern or a shard, or stopped by bail, is not checked).
 * With FIRED_CODES_REPORT set, it also prints what was fired and what not, on any run.
 *
 * @throws Error from the teardown, naming every code no test fired.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "samhandling-fired-codes-"));
  project.provide("firedCodesDir", dir);
  const { testFiles } = await project.globTestFiles();
  const root = project.config.root;
  return async () => {
    try {
      const { files, codes } = readFiredCodes(dir);
      const whole = project.config.testNamePattern === undefined && testFiles.every((file) => files.has(file));
      const unfired = unfiredCodes(codes);
      if (process.env["FIRED_CODES_REPORT"] !== undefined) {
        console.log(`fired codes: ${codes.size} codes fired in ${files.size} of ${testFiles.length} test files; not fired:\n  ${unfired.join("\n  ")}`);
      }
      if (!whole) return;
      if (unfired.length > 0) {
        // vitest logs a teardown error ("error during close") but does not fail the run on it.
        process.exitCode = 1;
        throw new Error(
          `${unfired.length} of ${FINDING_CODES.length} finding codes are fired by no test (in ${testFiles.length} test files under ${relative(process.cwd(), root) || "."}):\n  ${unfired.join("\n  ")}`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
