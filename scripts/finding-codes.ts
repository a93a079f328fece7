// Writes docs/finding-codes.md, the finding-code reference, from findingCatalog: run it with
// `npm run docs:codes` after adding or changing a code. test/docs/finding-codes.test.ts fails when
// the committed file and the catalog differ.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isConfigurableCode } from "../src/_lib/options.js";
import { basisParts, type FindingBasis } from "../src/core/findings/basis.js";
import { findingCatalog } from "../src/core/findings/catalog/index.js";
import { FINDING_CODES, type FindingCode } from "../src/core/findings/codes.js";
import { templateParams } from "../src/core/findings/template.js";
import type { FindingDefinition } from "../src/core/findings/types.js";
import { LocaleSchema } from "../src/core/locale.js";

/** Where the reference is written, from the repository's root. */
export const FINDING_CODES_PATH = "docs/finding-codes.md";

/** The concept of each code prefix, as a heading reads it; a new prefix needs a line here. */
export const CONCEPTS: Readonly<Record<string, { readonly heading: string; readonly about: string }>> = {
  schema: { heading: "Schema: every document", about: "Input that does not match a document's schema. Always errors: such a document is not checked further." },
  plan: { heading: "Individual plans (individuell plan)", about: "`checkIndividualPlan` and `validateIndividualPlan`: consent, the coordinator, goals and measures, period and revision." },
  "action-plan": { heading: "Action plans (handlingsplan)", about: "`checkActionPlan`: the rows of a development project's action plan and its header questions." },
  evaluation: { heading: "Evaluations (evaluering)", about: "`checkEvaluation`: an evaluation of an action plan, row by row." },
  "development-project": { heading: "Development projects (utviklingsprosjekt)", about: "`checkDevelopmentProject`: the mapping, action plan, milestone plan and evaluation of one project, taken together." },
  milestones: { heading: "Milestone plans (milepælsplan)", about: "`checkMilestoneSchedule`: phases, milestones and their dependencies." },
  questionnaire: { heading: "Questionnaires (spørreskjema)", about: "`checkQuestionnaire`: a mapping form's own structure, before anyone answers it." },
  mapping: { heading: "Mapping responses (kartlegging)", about: "`checkMappingResponse`: the answers to a questionnaire." },
  reporting: { heading: "Municipal reports (IS-24/8)", about: "`checkMunicipalReport` and `checkReportSet`: the yearly report of resources and practice." },
  case: { heading: "Coordination cases (koordinerende enhet)", about: "`checkCoordinationCase`: the coordinating unit's case, from the notice of need to the coordinator." },
  pathway: { heading: "Care pathways (forløp)", about: "`checkPathwayCase` and `validatePathwayDefinition`: a child's or young person's pathway and its steps." },
  fhir: { heading: "FHIR import", about: "`fromFhir`: what in a FHIR R4 Bundle could not be read into a plan." },
  document: { heading: "Documents: kind and references", about: "`validateDocument` and the command: a document whose kind, questionnaire or action plan is not known. Always errors." },
};

const LOCALES = LocaleSchema.options;
const LOCALE_NAMES: Readonly<Record<(typeof LOCALES)[number], string>> = { nb: "bokmål", nn: "nynorsk", en: "English" };

/** The code's concept: the part before the slash. */
export function conceptOf(code: string): string {
  return code.slice(0, code.indexOf("/"));
}

/** The params a code's messages carry: every placeholder of its templates, English first. */
export function paramsOf(definition: FindingDefinition): readonly string[] {
  const names = [...LOCALES].sort((a, b) => Number(b === "en") - Number(a === "en")).flatMap((locale) => templateParams(definition.messages[locale]));
  return [...new Set(names)];
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function basisFields(part: FindingBasis): string {
  const fields = [`kind \`${part.kind}\``];
  if (part.source !== undefined) fields.push(`source \`${part.source}\``);
  if (part.sections !== undefined) fields.push(`sections ${part.sections.map((section) => `\`${section}\``).join(", ")}`);
  if (part.item !== undefined) fields.push(`item \`${part.item}\``);
  return fields.join(", ");
}

function codeSection(code: FindingCode): string[] {
  const definition: FindingDefinition = findingCatalog[code];
  const params = paramsOf(definition);
  const configurable = isConfigurableCode(code) ? "yes, in `rules` (a severity or `\"off\"`)" : "no, always an error";
  return [
    `### \`${code}\``,
    "",
    definition.description,
    "",
    `- Severity: ${definition.severity}`,
    `- Configurable: ${configurable}`,
    `- Basis: ${definition.basis.display.en} (${basisParts(definition.basis).map(basisFields).join("; ")})`,
    `- Params: ${params.length === 0 ? "none" : params.map((name) => `\`${name}\``).join(", ")}`,
    "",
    "| locale | message |",
    "| --- | --- |",
    ...LOCALES.map((locale) => `| ${locale} | ${cell(definition.messages[locale])} |`),
    "",
  ];
}

/**
 * The reference as Markdown: one section a concept, in the order of FINDING_CODES, one entry a code.
 *
 * @throws Error when a code's prefix has no concept in CONCEPTS.
 */
export function renderFindingCodes(): string {
  const concepts: string[] = [];
  for (const code of FINDING_CODES) {
    const concept = conceptOf(code);
    if (CONCEPTS[concept] === undefined) throw new Error(`scripts/finding-codes.ts: the prefix "${concept}/" of ${code} has no concept in CONCEPTS`);
    if (!concepts.includes(concept)) concepts.push(concept);
  }
  const lines = [
    "---",
    "title: Finding codes",
    "---",
    "",
    "<!-- Generated from findingCatalog by `npm run docs:codes` (scripts/finding-codes.ts): do not edit by hand. -->",
    "",
    "# Finding codes: the reference",
    "",
    `Every code the library reports (${FINDING_CODES.length} in all), by concept. For each code: when it fires, its default`,
    "severity, whether a caller can change that severity or switch the rule off with the `rules` option, its basis",
    "(grunnlag: the act, regulation item, guide or practice it rests on, as the display string and as the",
    "structured fields of `findingCatalog[code].basis`), the params a finding carries and its message in",
    `${LOCALES.map((locale) => `${LOCALE_NAMES[locale]} (\`${locale}\`)`).join(", ")}. \`{name}\` in a message is the param of that name.`,
    "How findings work, and how to print them with their basis, is in [Findings](findings.md).",
    "",
    ...concepts.map((concept) => `- [${CONCEPTS[concept]!.heading}](#${anchorOf(CONCEPTS[concept]!.heading)})`),
    "",
  ];
  for (const concept of concepts) {
    const { heading, about } = CONCEPTS[concept]!;
    lines.push(`## ${heading}`, "", about, "");
    for (const code of FINDING_CODES) if (conceptOf(code) === concept) lines.push(...codeSection(code));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The anchor GitHub and TypeDoc give a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL(`../${FINDING_CODES_PATH}`, import.meta.url));
  writeFileSync(target, renderFindingCodes());
  console.log(`wrote ${FINDING_CODES_PATH}: ${FINDING_CODES.length} codes`);
}
