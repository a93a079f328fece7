// The API docs as a reader meets them: typedoc runs once, with the project's own configuration
// (tsconfig.json `typedocOptions`, the plugin in scripts/typedoc), into a temporary folder, as
// HTML and as JSON; the tests read both.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkApiDocs, FUNCTION_PAGE_BUDGET, readNavigation } from "../../scripts/typedoc/check-output.mjs";
import {
  CATEGORY_ORDER,
  CONCEPTS,
  conceptOfPath,
  DOCUMENT_ORDER,
  GUIDES,
  REFERENCE,
} from "../../scripts/typedoc/concepts.mjs";

const root = new URL("../..", import.meta.url).pathname;

/** The parts of typedoc's JSON output the tests read. */
interface JsonType {
  readonly type: string;
  readonly name?: string;
  readonly typeArguments?: readonly JsonType[];
  readonly [key: string]: unknown;
}
interface JsonReflection {
  readonly id: number;
  readonly name: string;
  readonly kind: number;
  readonly type?: JsonType;
  readonly signatures?: readonly {
    readonly parameters?: readonly { readonly name: string; readonly type: JsonType }[];
    readonly type: JsonType;
  }[];
}
interface JsonProject {
  readonly children: readonly JsonReflection[];
  readonly documents: readonly JsonReflection[];
  readonly categories: readonly { readonly title: string; readonly children: readonly number[] }[];
}

const FUNCTION = 64;
const DOCUMENT = 8388608;

/** Every name src/index.ts exports, values and types. */
function indexExports(): string[] {
  const source = readFileSync(join(root, "src/index.ts"), "utf8");
  return [...source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((match) =>
    match[1]!
      .split(",")
      .map((name) => name.replace(/^\s*type\s+/, "").trim())
      .filter((name) => name !== "")
      .map((name) => name.split(/\s+as\s+/).pop()!),
  );
}

/** A page's text without tags, whitespace collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/\s*([(),:<>])\s*/g, "$1");
}

/** How many nodes a JSON type has: a measure of how much it spells out. */
function typeNodes(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  return 1 + Object.values(value).reduce<number>((sum, child) => sum + typeNodes(child), 0);
}

// The docs do not depend on the time zone: they are built in the first zone's run only.
describe.runIf(process.env["TZ"] === "Pacific/Kiritimati")("the API docs (typedoc)", () => {
  const out = mkdtempSync(join(tmpdir(), "samhandling-api-docs-"));
  const html = join(out, "html");
  let project: JsonProject;
  const page = (path: string) => readFileSync(join(html, path), "utf8");

  beforeAll(() => {
    // The same configuration as `npm run docs`, warnings as errors included; a warning fails here.
    execFileSync(
      process.execPath,
      [join(root, "node_modules/typedoc/bin/typedoc"), "--out", html, "--json", join(out, "api.json")],
      { cwd: root, stdio: "pipe" },
    );
    project = JSON.parse(readFileSync(join(out, "api.json"), "utf8")) as JsonProject;
  }, 600_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("passes the output check `npm run docs` runs", () => {
    expect(checkApiDocs(html)).toEqual([]);
  });

  it("documents every export of src/index.ts, each in exactly one concept", () => {
    const names = project.children.map((child) => child.name);
    expect([...names].sort()).toEqual([...new Set(indexExports())].sort());
    const concepts = new Set(CONCEPTS.map((concept) => concept.title));
    const placed = new Map<number, string[]>();
    for (const category of project.categories) {
      for (const id of category.children) placed.set(id, [...(placed.get(id) ?? []), category.title]);
    }
    const misplaced = project.children
      .filter((child) => (placed.get(child.id) ?? []).filter((title) => concepts.has(title)).length !== 1)
      .map((child) => `${child.name}: ${(placed.get(child.id) ?? ["no group"]).join(", ")}`);
    expect(misplaced).toEqual([]);
  });

  it("lists the groups in concept order and, within each, the functions before the types", () => {
    expect(project.categories.map((category) => category.title)).toEqual(CATEGORY_ORDER);
    const byId = new Map(project.children.map((child) => [child.id, child]));
    for (const category of project.categories) {
      const kinds = category.children.flatMap((id) => byId.get(id)?.kind ?? []);
      const functions = kinds.filter((kind) => kind === FUNCTION).length;
      expect(kinds.slice(0, functions).every((kind) => kind === FUNCTION), category.title).toBe(true);
    }
    // The navigation shows the same: the first entries of the individual plans are functions.
    const plans = readNavigation(html).find((entry) => entry.text.startsWith("Individual plans"));
    expect(plans?.children?.[0]).toMatchObject({ text: "activeCoordinator", kind: FUNCTION });
    expect(plans?.children?.map((child) => child.text)).toContain("IndividualPlan");
  });

  it("shows no brand internals, in the JSON or in any page", () => {
    expect(readFileSync(join(out, "api.json"), "utf8")).not.toMatch(/\$brand|\$ZodBranded/);
    const nationalId = pageText(page("types/NationalId.html"));
    expect(nationalId).toContain("NationalId:string");
    expect(nationalId).toContain("A branded string");
    // A schema with a branded part names the part's schema.
    expect(pageText(page("variables/NationalIdSchema.html"))).toContain("NationalIdSchema:z.ZodType<NationalId>");
  });

  it("gives validateIndividualPlan a signature of named types, its example first", () => {
    const validate = project.children.find((child) => child.name === "validateIndividualPlan");
    const signature = validate?.signatures?.[0];
    expect(signature?.parameters?.map((parameter) => [parameter.name, parameter.type.type, parameter.type.name])).toEqual([
      ["input", "intrinsic", "unknown"],
      ["options", "reference", "IndividualPlanCheckOptions"],
    ]);
    expect(signature?.type).toMatchObject({
      type: "reference",
      name: "Validation",
      typeArguments: [{ type: "reference", name: "IndividualPlan" }],
    });
    const text = pageText(page("functions/validateIndividualPlan.html"));
    expect(text).toContain(
      "validateIndividualPlan(input:unknown,options:IndividualPlanCheckOptions,):Validation<IndividualPlan>",
    );
    const example = text.indexOf("Example validateIndividualPlan(");
    expect(example).toBeGreaterThan(-1);
    expect(example).toBeLessThan(text.indexOf("Parameters"));
    expect(example).toBeLessThan(text.indexOf("Returns"));
  });

  it("spells out no long type in any function's signature", () => {
    const long = project.children
      .filter((child) => child.kind === FUNCTION)
      .flatMap((fn) =>
        (fn.signatures ?? []).flatMap((signature) =>
          [...(signature.parameters ?? []).map((p) => [p.name, p.type] as const), ["returns", signature.type] as const]
            .filter(([, type]) => typeNodes(type) > 30)
            .map(([name]) => `${fn.name} ${name}`),
        ),
      );
    expect(long).toEqual([]);
    // A code parameter names FindingCode instead of listing every code.
    const message = project.children.find((child) => child.name === "findingMessage");
    expect(message?.signatures?.[0]?.parameters?.[0]?.type).toMatchObject({ type: "reference", name: "FindingCode" });
  });

  it("shows the finding catalog by the type it satisfies, and leaves zod's members to zod", () => {
    const catalog = pageText(page("variables/findingCatalog.html"));
    expect(catalog).toContain("findingCatalog:Readonly<Record<FindingCode,FindingDefinition>>");
    expect(catalog).not.toContain("plan/missing-consent");
    const jsonSchema = project.children.find((child) => child.name === "DocumentJsonSchema") as
      | (JsonReflection & { children?: readonly JsonReflection[] })
      | undefined;
    expect(jsonSchema?.children?.map((child) => child.name).sort()).toEqual(["$id", "$schema", "description", "title"]);
    const schemaType = project.children.find((child) => child.name === "NamedObjectSchema") as
      | (JsonReflection & { children?: readonly JsonReflection[] })
      | undefined;
    expect(schemaType?.children?.map((child) => child.name)).not.toContain("safeParse");
  });

  it("keeps sharePlanWith's page short and readable", () => {
    const html = page("functions/sharePlanWith.html");
    expect(html.length).toBeLessThan(FUNCTION_PAGE_BUDGET);
    expect(pageText(html)).toContain(
      "sharePlanWith(plan:IndividualPlan,participantId:string,options:PlanDateOptions,):IndividualPlan",
    );
  });

  it("puts every guide in the navigation in reading order, the glossary under reference", () => {
    const navigation = readNavigation(html);
    const guides = navigation.find((entry) => entry.text === GUIDES)?.children ?? [];
    const reference = navigation.find((entry) => entry.text === REFERENCE)?.children ?? [];
    const pages = [...guides, ...reference];
    expect(pages.every((entry) => entry.kind === DOCUMENT)).toBe(true);
    const files = readdirSync(join(root, "docs")).filter((file) => file.endsWith(".md"));
    expect(pages).toHaveLength(files.length);
    expect(project.documents).toHaveLength(files.length);
    expect(reference.map((entry) => entry.text)).toContain("Glossary (ordliste)");
    // Guides in the order DOCUMENT_ORDER gives: the first is the findings guide, deadlines next.
    const listed = DOCUMENT_ORDER.filter((d) => d.category === GUIDES && files.includes(d.file));
    expect(guides).toHaveLength(listed.length);
    expect(guides.slice(0, 2).map((entry) => entry.text)).toEqual(["Findings and checks", "Deadlines (frist)"]);
    expect(guides.map((entry) => entry.text)).toContain("The samhandling command");
  });

  it("opens on the README, with its concept map", () => {
    // One title: the README's own, not the project name above it as well.
    expect(page("index.html").match(/<h1[ >]/g)).toHaveLength(1);
    const landing = pageText(page("index.html"));
    expect(landing).toContain("concept Norwegian what the library gives you");
    for (const concept of ["individual plans", "deadlines", "coordinating unit's cases", "interop"]) {
      expect(landing).toContain(concept);
    }
  });
});

describe("the concept map of the API docs", () => {
  it("places every source file in a concept, but the root index and the internal helpers", () => {
    const files = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
      .map((file) => `src/${file.split("\\").join("/")}`)
      .filter((path) => /\.ts$/.test(path) && !/\.test(-d)?\.ts$/.test(path))
      .filter((path) => path !== "src/index.ts" && !path.startsWith("src/_lib/"));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((path) => conceptOfPath(path) === undefined)).toEqual([]);
    expect(conceptOfPath("src/core/dates/deadline.ts")).toBe("Deadlines (frist)");
    expect(conceptOfPath("src/reporting/groupings/index.ts")).toBe("Reporting (årsrapportering)");
    expect(conceptOfPath("src/new-concept/index.ts")).toBeUndefined();
  });

  it("reports what the plugin promises but a page does not keep", () => {
    const out = mkdtempSync(join(tmpdir(), "samhandling-api-check-"));
    try {
      const navigation = [
        { text: "Findings (funn)", children: [{ text: "Finding", kind: 256 }, { text: "findingMessage", kind: FUNCTION }] },
        { text: "loose", kind: FUNCTION, path: "functions/loose.html" },
      ];
      mkdirSync(join(out, "assets"));
      mkdirSync(join(out, "functions"));
      const data = deflateSync(JSON.stringify(navigation)).toString("base64");
      writeFileSync(join(out, "assets", "navigation.js"), `window.navigationData = "${data}"`);
      writeFileSync(
        join(out, "functions", "loose.html"),
        '<h4 class="tsd-parameters-title">Parameters</h4><div class="tsd-tag-example"></div>string & z.$brand',
      );
      const problems = checkApiDocs(out).join("\n");
      expect(problems).toContain('"loose" is in no group');
      expect(problems).toContain("Finding comes before a function");
      expect(problems).toContain('no group for the concept "Deadlines (frist)"');
      expect(problems).toContain("functions/loose.html: shows brand internals ($brand)");
      expect(problems).toContain("functions/loose.html: the example comes after the type details");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
