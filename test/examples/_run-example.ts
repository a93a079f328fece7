import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Runs an example script under examples/ as a user would (node with tsx), returning its exit code and output. */
export function runExample(name: string, ...args: string[]): SpawnSyncReturns<string> {
  const script = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
}
