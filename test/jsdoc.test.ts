import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The API docs are generated from JSDoc: every export needs a summary and an @example.
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

function exportedDocs(): Map<string, { summary: string; tags: string[] }> {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const docs = new Map<string, { summary: string; tags: string[] }>();
  for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker).map((tag) => tag.name);
    docs.set(exported.getName(), { summary, tags });
  }
  return docs;
}

describe("JSDoc of the public API", () => {
  const docs = exportedDocs();

  it("finds the exports", () => {
    expect(docs.size).toBeGreaterThan(30);
  });

  it("gives every export a summary and an @example", () => {
    const missing = [...docs]
      .filter(([, doc]) => doc.summary === "" || !doc.tags.includes("example"))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
