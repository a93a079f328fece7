// Builds the playground page (docs/playground) into docs/api/playground, beside the API docs that
// typedoc writes to docs/api: the page module bundled by esbuild with `samhandling` resolved to the
// package's own ESM build (dist/esm, from `npm run build`), the example documents of examples/data
// bundled in, and the HTML and CSS copied. Run it after typedoc, which empties docs/api.
//
//   npm run build && npm run docs:playground     then open docs/api/playground/index.html
//   node scripts/build-playground.mjs --out DIR  writes the page to DIR instead (the browser test)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const page = `${root}docs/playground/`;
const outIndex = process.argv.indexOf("--out");
const out = outIndex === -1 ? `${root}docs/api/playground/` : `${resolve(process.argv[outIndex + 1] ?? ".")}/`;
const packageEntry = `${root}dist/esm/index.js`;

if (!existsSync(packageEntry)) {
  console.error("build-playground: dist/esm/index.js is missing; run `npm run build` first.");
  process.exit(1);
}

/** `samhandling` is the built package, as an app would import it; `playground:examples` the data files. */
const resolvePlugin = {
  name: "playground",
  setup(builder) {
    builder.onResolve({ filter: /^samhandling$/ }, () => ({ path: packageEntry }));
    builder.onResolve({ filter: /^playground:examples$/ }, () => ({ path: "examples", namespace: "playground" }));
    builder.onLoad({ filter: /.*/, namespace: "playground" }, () => {
      const directory = `${root}examples/data/`;
      const examples = readdirSync(directory)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => ({ name, text: readFileSync(`${directory}${name}`, "utf8") }));
      return { contents: `export const examples = ${JSON.stringify(examples)};`, loader: "js" };
    });
  },
};

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${page}main.ts`],
  outfile: `${out}playground.js`,
  bundle: true,
  // A classic script, not a module: module scripts do not load from file://, and the page should open from disk.
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  plugins: [resolvePlugin],
});
for (const file of ["index.html", "playground.css"]) copyFileSync(`${page}${file}`, `${out}${file}`);
console.log(`build-playground: wrote ${out.startsWith(root) ? out.slice(root.length) : out}index.html`);
