// Setup file (every test file): records the code of every finding a public check returns while the
// file's tests run, and writes them, after the file, to the run's directory (from fired-codes-global.ts).
// No hook in the library: the module that turns rule results and schema issues into findings is
// wrapped here, so every checker (engine or legacy) reports through the wrapper.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, inject, vi } from "vitest";

declare global {
  /** The finding codes seen in the current test file (on globalThis so that it also holds without isolation). */
  var firedFindingCodes: Set<string> | undefined;
}

vi.mock(import("../../src/_lib/findings.js"), async (importOriginal) => {
  const original = await importOriginal();
  const record = <F extends { readonly code: string }>(findings: F[]): F[] => {
    const seen = (globalThis.firedFindingCodes ??= new Set());
    for (const finding of findings) seen.add(finding.code);
    return findings;
  };
  return {
    ...original,
    finalizeFindings: (...args: Parameters<typeof original.finalizeFindings>) => record(original.finalizeFindings(...args)),
    schemaFindings: (...args: Parameters<typeof original.schemaFindings>) => record(original.schemaFindings(...args)),
  };
});

/** The record one test file leaves: its path and the codes its tests fired. */
interface FiredCodesRecord {
  readonly file: string;
  readonly codes: readonly string[];
}

const write = (file: string): void => {
  const record: FiredCodesRecord = { file, codes: [...(globalThis.firedFindingCodes ?? [])].sort() };
  const name = `${createHash("sha1").update(file).digest("hex")}.json`;
  writeFileSync(join(inject("firedCodesDir"), name), JSON.stringify(record));
};

// Written when the file starts (a file whose tests are all skipped runs no hooks), and after it.
const testFile = expect.getState().testPath;
if (testFile === undefined) throw new Error("fired-codes: no test file path (is this a setup file?)");
globalThis.firedFindingCodes = new Set();
write(testFile);

afterAll(() => {
  write(testFile);
});
