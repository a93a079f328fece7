// The steps of `npm run build` around tsup (ESM and CJS JavaScript, one file per module) and
// `tsc -p tsconfig.build.json` (declarations, written to dist/esm):
//   node scripts/build-steps.mjs clean    removes dist, so nothing of an older build is packed
//   node scripts/build-steps.mjs finish   copies the declarations beside the CommonJS files and marks
//                                         dist/cjs as CommonJS, so `require("./x.js")` and the
//                                         `.d.ts` files under it are read as CommonJS
import { cpSync, rmSync, writeFileSync } from "node:fs";

const step = process.argv[2];
if (step === "clean") {
  rmSync("dist", { recursive: true, force: true });
} else if (step === "finish") {
  cpSync("dist/esm", "dist/cjs", { recursive: true, filter: (source) => !source.endsWith(".js") });
  writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
} else {
  throw new RangeError(`unknown build step ${JSON.stringify(step)}: use "clean" or "finish"`);
}
