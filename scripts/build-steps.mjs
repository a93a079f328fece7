// The steps of `npm run build` around tsup (ESM and CJS JavaScript, one file per module) and
// `tsc -p tsconfig.build.json` (declarations, written to dist/esm):
//   node scripts/build-steps.mjs clean    removes dist, so nothing of an older build is packed
//   node scripts/build-steps.mjs finish   copies the declarations beside the CommonJS files and marks
//                                         dist/cjs as CommonJS, so `require("./x.js")` and the
//                                         `.d.ts` files under it are read as CommonJS; then writes
//                                         dist/schemas/<kind>.schema.json for every document kind,
//                                         with documentJsonSchema from the built dist/esm
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";

const step = process.argv[2];
if (step === "clean") {
  rmSync("dist", { recursive: true, force: true });
} else if (step === "finish") {
  cpSync("dist/esm", "dist/cjs", { recursive: true, filter: (source) => !source.endsWith(".js") });
  writeFileSync("dist/cjs/package.json", `${JSON.stringify({ type: "commonjs" })}\n`);
  // The very function the package exports, as built: the files cannot drift from documentJsonSchema.
  const { documentJsonSchema } = await import(new URL("../dist/esm/json-schema/index.js", import.meta.url).href);
  const { DOCUMENT_KINDS } = await import(new URL("../dist/esm/documents/kinds.js", import.meta.url).href);
  mkdirSync("dist/schemas", { recursive: true });
  for (const kind of DOCUMENT_KINDS) {
    writeFileSync(`dist/schemas/${kind}.schema.json`, `${JSON.stringify(documentJsonSchema(kind), null, 2)}\n`);
  }
} else {
  throw new RangeError(`unknown build step ${JSON.stringify(step)}: use "clean" or "finish"`);
}
