import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";

// Unbundled: one output file per source module, so a bundler drops the modules a consumer never
// imports (with `sideEffects: false`). Declarations come from `tsc -p tsconfig.build.json`, and
// scripts/build-steps.mjs copies them into dist/cjs and marks that tree as CommonJS.

/** Is this call a zod schema being built: rooted at the `zod` namespace or at a `...Schema` value? */
function buildsSchema(call: ts.CallExpression, zod: ReadonlySet<string>): boolean {
  let node: ts.Expression = call;
  while (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node)) node = node.expression;
  return ts.isIdentifier(node) && (zod.has(node.text) || node.text.endsWith("Schema"));
}

/**
 * Where a `/*#__PURE__*\/` goes in a module-level initializer: before every schema-building call in
 * it, nested ones too (a bundler keeps a pure call whose arguments are impure calls), but not inside
 * function bodies, which do not run at module load. A call chain gets one mark, at its start.
 */
function pureSpots(node: ts.Node, zod: ReadonlySet<string>, spots: Set<number>): void {
  if (ts.isFunctionLike(node)) return;
  if (ts.isCallExpression(node) && buildsSchema(node, zod)) spots.add(node.getStart());
  ts.forEachChild(node, (child) => pureSpots(child, zod, spots));
}

/**
 * Marks the module-level zod calls (`export const XSchema = z.object(...)`) `/*#__PURE__*\/`, so a
 * consumer's bundler drops the schemas it never uses. Building a schema has no effect outside it
 * (STYLE.md: no `z.config()` or `.register()` at module load), so the mark is true by construction.
 */
const pureSchemas: Plugin = {
  name: "pure-schemas",
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, "utf8");
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const zod = new Set<string>();
      const spots = new Set<number>();
      for (const statement of file.statements) {
        const clause = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
        const fromZod = ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === "zod";
        if (fromZod && clause !== undefined && ts.isNamespaceImport(clause)) zod.add(clause.name.text);
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (declaration.initializer !== undefined) pureSpots(declaration.initializer, zod, spots);
        }
      }
      let contents = text;
      for (const spot of [...spots].sort((a, b) => b - a)) contents = `${contents.slice(0, spot)}/*#__PURE__*/ ${contents.slice(spot)}`;
      return { contents, loader: "ts" };
    });
  },
};

const shared: Options = {
  entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts"],
  bundle: false,
  clean: true,
  target: "node20",
  dts: false,
  sourcemap: false,
  esbuildPlugins: [pureSchemas],
};

export default defineConfig([
  { ...shared, format: "esm", outDir: "dist/esm", outExtension: () => ({ js: ".js" }) },
  { ...shared, format: "cjs", outDir: "dist/cjs", outExtension: () => ({ js: ".js" }) },
]);
