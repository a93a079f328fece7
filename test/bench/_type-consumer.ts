// Writes a consumer file that imports every export of the package and uses each the way an app
// would: a value of every exported type, `safeParse` on every schema, the parameters and the result
// of every function, every constant read. Generated from the entry's exports, so a new export is
// covered without editing this file.
import { writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import ts from "typescript";

type ExportKind = "type" | "schema" | "function" | "constant";

interface ExportUse {
  readonly kind: ExportKind;
  /** How many type parameters a generic type takes; the consumer passes `never` for each. */
  readonly typeParameters: number;
}

function typeParameterCount(symbol: ts.Symbol): number {
  const declaration = symbol.declarations?.[0];
  return declaration !== undefined && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))
    ? (declaration.typeParameters?.length ?? 0)
    : 0;
}

function exportsOf(entry: string): Map<string, ExportUse> {
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
  const kinds = new Map<string, ExportUse>();
  for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    if ((symbol.flags & ts.SymbolFlags.Value) === 0) {
      kinds.set(name, { kind: "type", typeParameters: typeParameterCount(symbol) });
      continue;
    }
    const type = checker.getTypeOfSymbol(symbol);
    if (type.getProperty("safeParse") !== undefined) kinds.set(name, { kind: "schema", typeParameters: 0 });
    else if (type.getCallSignatures().length > 0) kinds.set(name, { kind: "function", typeParameters: 0 });
    else kinds.set(name, { kind: "constant", typeParameters: 0 });
  }
  return kinds;
}

function usage(name: string, { kind, typeParameters }: ExportUse): string {
  switch (kind) {
    case "type": {
      const type = typeParameters === 0 ? name : `${name}<${Array.from({ length: typeParameters }, () => "never").join(", ")}>`;
      return `declare const t_${name}: ${type};\nconst k_${name}: keyof ${type} | undefined = undefined;\nkeep(t_${name}, k_${name});`;
    }
    case "schema":
      return `const s_${name} = ${name}.safeParse(input);\nif (s_${name}.success) keep(s_${name}.data);`;
    case "function":
      return `declare const p_${name}: Parameters<typeof ${name}>;\ndeclare const r_${name}: ReturnType<typeof ${name}>;\nkeep(${name}, p_${name}, r_${name});`;
    case "constant":
      return `keep(${name});`;
  }
}

/**
 * Writes a consumer of every export of `entry` to `file`, importing them from `importFrom`.
 *
 * @param entry - The package's source entry (`src/index.ts`), read for its list of exports.
 * @param file - Where to write the consumer.
 * @param importFrom - The module the consumer imports from (declarations of the entry), as a path.
 * @returns The number of exports used.
 *
 * @example
 * await writeConsumer("src/index.ts", "/tmp/x/consumer.ts", "/tmp/x/decl/index.js")
 * //=> 371
 */
export async function writeConsumer(entry: string, file: string, importFrom: string): Promise<number> {
  const kinds = [...exportsOf(entry)].sort(([a], [b]) => a.localeCompare(b));
  let specifier = relative(dirname(file), importFrom);
  if (!specifier.startsWith(".")) specifier = `./${specifier}`;
  const imports = kinds.map(([name, use]) => (use.kind === "type" ? `type ${name}` : name));
  const text = [
    `import {\n  ${imports.join(",\n  ")},\n} from ${JSON.stringify(specifier)};`,
    "declare function keep(...values: readonly unknown[]): void;",
    "declare const input: unknown;",
    ...kinds.map(([name, use]) => usage(name, use)),
    "",
  ].join("\n\n");
  await writeFile(file, text);
  return kinds.length;
}
