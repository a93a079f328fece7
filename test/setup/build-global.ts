// Global setup: builds dist once, before any test file runs, so the tests that run the built
// command (test/cli/*.process.test.ts) and pack the package (test/package/pack.test.ts, which packs
// with --ignore-scripts) read one finished build that nothing rebuilds mid-run. Both projects (time
// zones) share the one build: the first setup starts it, the second waits for it. With
// SAMHANDLING_SKIP_BUILD=1 the dist already there is used (quick runs of single files while working).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

declare global {
  /** The build of this vitest process, started by the first project's setup. */
  var samhandlingBuild: Promise<void> | undefined;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

async function build(): Promise<void> {
  try {
    await promisify(execFile)("npm", ["run", "build"], { cwd: root, shell: process.platform === "win32", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = error !== null && typeof error === "object" ? `${String(Reflect.get(error, "stdout"))}\n${String(Reflect.get(error, "stderr"))}` : "";
    throw new Error(`npm run build failed before the tests:\n${output.trim().split("\n").slice(-20).join("\n")}`);
  }
}

/** Builds dist (once per vitest process). */
export async function setup(): Promise<void> {
  if (process.env["SAMHANDLING_SKIP_BUILD"] === "1") return;
  globalThis.samhandlingBuild ??= build();
  await globalThis.samhandlingBuild;
}
