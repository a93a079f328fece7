// The package as an integrator gets it: `npm pack --ignore-scripts` of the dist built once before the
// tests (test/setup/build-global.ts), packed once per build for every test file that needs it (the pack
// and snippet tests, in both time zones), and installed into a temporary project of each test's own.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The packed tarball, and the files it holds (without the `package/` prefix). */
export interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
}

/**
 * Packs the built package once per build: the first caller packs into `.tmp/pack/<build>/`, the others
 * (other test files, the other time zone's project) wait for its `done` marker and read the same tarball.
 */
export async function packOnce(): Promise<Packed> {
  const stamp = ["dist/esm/index.js", "dist/cjs/index.js", "package.json"].map((file) => Math.floor(statSync(join(root, file)).mtimeMs)).join("-");
  const base = join(root, ".tmp", "pack");
  const dir = join(base, stamp);
  const done = join(dir, "done");
  mkdirSync(base, { recursive: true });
  let packer = false;
  try {
    mkdirSync(dir);
    packer = true;
  } catch {
    // Someone else packs this build: wait for it below.
  }
  if (packer) {
    for (const old of readdirSync(base).filter((name) => name !== stamp)) rmSync(join(base, old), { recursive: true, force: true });
    try {
      execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dir], { cwd: root, stdio: "ignore", shell: process.platform === "win32" });
    } catch (error) {
      // Leave no half-packed build behind for the next run to wait on.
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    writeFileSync(done, "");
  }
  for (let waited = 0; !existsSync(done); waited += 200) {
    if (waited > 300_000) throw new Error(`no tarball in ${dir} after 5 minutes`);
    await sleep(200);
  }
  const name = readdirSync(dir).find((file) => file.endsWith(".tgz"));
  if (name === undefined) throw new Error("npm pack wrote no tarball");
  const tarball = join(dir, name);
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/^package\//, ""));
  return { tarball, files };
}

/** Links packages of this checkout's node_modules into a project's, so the tests run offline. */
export function linkDependencies(project: string, dependencies: readonly string[]): void {
  for (const dependency of dependencies) {
    const target = join(project, "node_modules", dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(join(root, "node_modules", dependency)), target, "junction");
  }
}

/** A new project in `project` with the tarball installed as `node_modules/samhandling`, beside zod and date-fns. */
export function installPacked(packed: Packed, project: string): void {
  const installed = join(project, "node_modules", "samhandling");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", packed.tarball, "-C", installed, "--strip-components=1"]);
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "consumer", private: true })}\n`);
  linkDependencies(project, ["zod", "date-fns"]);
}
