// Checks children's cases on the built-in care pathway (forløp for samordning av hjelpetilbud for
// barn og unge): for each case the steps done of the pathway's steps, then its findings: a referral
// with no family meeting before it, a step out of order or overdue, a role with no one responsible,
// no activity for 90 days, and a step done without the consent it needs (the young person's own from 16).
// Last, the work list of the open cases (pathwayWorkList): case id, reason code and step or role.
//
//   npx tsx examples/pathway.ts [cases.json] [--today YYYY-MM-DD] [--locale nb|nn|en]
//   npx tsx examples/pathway.ts                 # examples/data/pathway-cases.json on 2025-09-01
//
// The bundled cases are fictional, with pseudonymous ids. Exits 0 when no case has errors, 1 when
// one has, 2 on a usage error or a file it cannot read.
// In an app, import from "samhandling" exactly as here.
import { fileURLToPath } from "node:url";
import {
  checkPathwayCase,
  childrenPathway,
  formatFindingsTable,
  type PathwayCase,
  PathwayCaseSchema,
  pathwayCaseStatusLabels,
  pathwayWorkList,
  severityLabels,
  validatePathwayCase,
} from "samhandling";
import { fail, readArgs, readJsonFile } from "./_lib/args.js";
import { label } from "./_lib/labels.js";

const USAGE = "Usage: pathway.ts [cases.json] [--today YYYY-MM-DD] [--locale nb|nn|en]";
// The bundled cases are written as of this day; the script never reads the clock.
const DEFAULT_TODAY = "2025-09-01";

const LABELS = {
  nb: { cases: "saker", on: "per", steps: "steg gjort", invalid: "er ikke en gyldig forløpssak", errors: "med feil", work: "Arbeidsliste, åpne saker" },
  nn: { cases: "saker", on: "per", steps: "steg gjort", invalid: "er ikkje ei gyldig forløpssak", errors: "med feil", work: "Arbeidsliste, opne saker" },
  en: { cases: "cases", on: "on", steps: "steps done", invalid: "is not a valid pathway case", errors: "with errors", work: "Work list, open cases" },
} as const;

const args = readArgs(process.argv.slice(2), USAGE);
if (args.positional.length > 1) fail(USAGE);
const file = args.positional[0] ?? fileURLToPath(new URL("data/pathway-cases.json", import.meta.url));
const today = args.today ?? DEFAULT_TODAY;
const { locale } = args;
const t = LABELS[locale];
const data = readJsonFile(file, USAGE);
const inputs: unknown[] = Array.isArray(data) ? data : [data];

console.log(`${childrenPathway.label[locale]}: ${inputs.length} ${t.cases} ${t.on} ${today}\n`);
let withErrors = 0;
const valid: PathwayCase[] = [];
for (const [index, input] of inputs.entries()) {
  // A case that fails its schema is reported without its content; the others are checked.
  const parsed = PathwayCaseSchema.safeParse(input);
  if (!parsed.success) {
    withErrors++;
    console.log(`#${index} ${t.invalid}\n${formatFindingsTable(validatePathwayCase(input, { today, locale }).findings, { locale })}\n`);
    continue;
  }
  const c = parsed.data;
  valid.push(c);
  const findings = checkPathwayCase(c, { today, locale });
  if (findings.some((finding) => finding.severity === "error")) withErrors++;
  const done = new Set((c.steps ?? []).map((step) => step.stepId));
  const doneCount = childrenPathway.steps.filter((step) => done.has(step.id)).length;
  console.log(`${c.id} (${label(pathwayCaseStatusLabels, c.status, locale)}): ${doneCount}/${childrenPathway.steps.length} ${t.steps}\n${formatFindingsTable(findings, { locale })}\n`);
}
console.log(`${withErrors} ${t.cases} ${t.errors}`);
// Ids and codes only: the list can go to a shared screen.
const work = pathwayWorkList(valid, { today, locale });
console.log(`\n${t.work}: ${work.length}`);
for (const item of work) console.log(`  ${[item.caseId, item.reason, item.stepId ?? item.role, `(${label(severityLabels, item.severity, locale)})`].filter(Boolean).join(" ")}`);
process.exit(withErrors > 0 ? 1 : 0);
