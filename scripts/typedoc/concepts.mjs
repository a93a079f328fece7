// The concept map of the API docs: which source folder holds which concept, the order of the
// concepts in the navigation, and the order of the guides. Read by the typedoc plugin
// (scripts/typedoc/plugin.mjs) and by the docs test (test/docs/api-docs.test.ts).

/**
 * Concepts in navigation order; `paths` are source paths (relative to the repository, with "/")
 * whose exports belong to the concept. The longest matching path wins.
 */
export const CONCEPTS = [
  { title: "Findings (funn)", paths: ["src/core/findings/", "src/core/locale.ts", "src/_lib/findings.ts", "src/_lib/options.ts"] },
  { title: "Deadlines (frist)", paths: ["src/core/dates/", "src/_lib/due-window.ts"] },
  { title: "Identifiers", paths: ["src/core/identifiers/"] },
  { title: "Individual plans (individuell plan)", paths: ["src/individual-plan/"] },
  { title: "Coordinating unit (koordinerende enhet)", paths: ["src/coordination-case/"] },
  { title: "Pathways (forløp)", paths: ["src/pathway/"] },
  { title: "Action plans (handlingsplan)", paths: ["src/action-plan/"] },
  { title: "Milestones (milepælsplan)", paths: ["src/milestones/"] },
  { title: "Mapping (kartlegging)", paths: ["src/mapping/"] },
  { title: "Evaluation (evaluering)", paths: ["src/evaluation/"] },
  { title: "Development project (utviklingsarbeid)", paths: ["src/development-project/"] },
  { title: "Reporting (årsrapportering)", paths: ["src/reporting/"] },
  {
    title: "Interop: FHIR, JSON Schema, documents",
    paths: ["src/fhir/", "src/json-schema/", "src/documents/", "src/_lib/documents.ts", "src/core/named-schema.ts", "src/cli/"],
  },
];

/** The navigation group of the guides (docs/*.md), and of the reference pages. */
export const GUIDES = "Guides";
export const REFERENCE = "Reference";

/**
 * The guides and reference pages in reading order, by file name under docs/. A page not listed
 * here goes to the end of the guides, in file-name order. `title` names a page in the navigation
 * when its front matter has no `title`.
 */
export const DOCUMENT_ORDER = [
  { file: "findings.md", category: GUIDES },
  { file: "deadlines.md", category: GUIDES },
  { file: "identifiers.md", category: GUIDES },
  { file: "individual-plans.md", category: GUIDES },
  { file: "coordination-cases.md", category: GUIDES },
  { file: "pathway.md", category: GUIDES, title: "Care pathways (forløp)" },
  { file: "action-plans-and-milestones.md", category: GUIDES },
  { file: "mapping.md", category: GUIDES },
  { file: "evaluation.md", category: GUIDES },
  { file: "development-project.md", category: GUIDES },
  { file: "reporting.md", category: GUIDES },
  { file: "reporting-groupings.md", category: GUIDES, title: "Report groupings" },
  { file: "fhir.md", category: GUIDES },
  { file: "fhir-mapping-and-cases.md", category: GUIDES, title: "FHIR R4: mapping and cases" },
  { file: "json-schema.md", category: GUIDES },
  { file: "cli.md", category: GUIDES, title: "The samhandling command" },
  { file: "performance.md", category: GUIDES, title: "Performance" },
  { file: "playground.md", category: GUIDES, title: "Playground" },
  { file: "finding-codes.md", category: REFERENCE, title: "Finding codes" },
  { file: "glossary.md", category: REFERENCE },
];

/** Every navigation group, in order: the guides first, then the concepts, then the reference. */
export const CATEGORY_ORDER = [GUIDES, ...CONCEPTS.map((concept) => concept.title), REFERENCE];

/**
 * The concept of a source file, or undefined when no concept claims it.
 *
 * @param {string} relativePath the file's path relative to the repository, with "/"
 * @returns {string | undefined}
 */
export function conceptOfPath(relativePath) {
  let best;
  for (const concept of CONCEPTS) {
    for (const path of concept.paths) {
      const matches = path.endsWith("/") ? relativePath.startsWith(path) : relativePath === path;
      if (matches && (best === undefined || path.length > best.length)) best = { path, title: concept.title };
    }
  }
  return best?.title;
}
