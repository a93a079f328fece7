// Release check: `npm publish --dry-run` on the built package must be clean. Any `npm warn` line
// fails the check, except the one a dry run always prints when nobody is logged in to the registry.
// Run after `npm run build` (CI does); `--ignore-scripts` keeps the dry run from building again.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("dist/esm/index.js")) {
  console.error("check:publish: dist is missing; run `npm run build` first");
  process.exit(2);
}

const run = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { encoding: "utf8" });
const output = `${run.stdout}\n${run.stderr}`;
const warnings = output
  .split("\n")
  .filter((line) => /^npm (warn|error)/i.test(line))
  .filter((line) => !/requires you to be logged in/.test(line));

const required = ["dist/esm/index.js", "dist/cjs/index.js", "dist/esm/cli/main.js", "dist/schemas/individual-plan.schema.json"];
const missing = required.filter((file) => !output.includes(file));

if (run.status !== 0 || warnings.length > 0 || missing.length > 0) {
  console.error(output);
  if (warnings.length > 0) console.error(`check:publish: npm warned:\n  ${warnings.join("\n  ")}`);
  if (missing.length > 0) console.error(`check:publish: the tarball lacks ${missing.join(", ")}`);
  process.exit(1);
}
const summary = output.split("\n").filter((line) => /(name|version|package size|total files):/.test(line));
console.log(`check:publish: npm publish --dry-run is clean\n${summary.join("\n")}`);
