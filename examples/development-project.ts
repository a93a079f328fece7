// One municipality's development project (utviklingsarbeid) through the whole cycle of the seed's
// model: mapping -> development areas -> action plan -> execution -> evaluation. Checks the whole
// cycle (each part by its own checker, and the checks across the parts), and prints a summary.
//
//   npx tsx examples/development-project.ts [project.json] [--today YYYY-MM-DD] [--locale nb|nn|en]
//   npx tsx examples/development-project.ts      # examples/data/development-project-fjordvik.json on 2025-03-01
//
// Fjordvik (1599) is a fictional municipality; participants are roles, never names. Exits 0 when no
// part has errors, 1 when one has, 2 on a usage error or a file it cannot read.
// In an app, import from "samhandling" exactly as here.
import { fileURLToPath } from "node:url";
import {
  checkDevelopmentProject,
  DevelopmentProjectSchema,
  developmentProjectStageLabels,
  evaluationResultLabels,
  formatFindingsTable,
  summarizeDevelopmentProject,
  validateDevelopmentProject,
} from "samhandling";
import { fail, readArgs, readJsonFile } from "./_lib/args.js";
import { countsByStatus, label } from "./_lib/labels.js";

const USAGE = "Usage: development-project.ts [project.json] [--today YYYY-MM-DD] [--locale nb|nn|en]";
// The bundled project is written as of this day; the script never reads the clock.
const DEFAULT_TODAY = "2025-03-01";

const LABELS = {
  nb: {
    mapping: "Kartlegging", plan: "Handlingsplan", evaluation: "Evaluering", cycle: "Hele syklusen", summary: "Oppsummering", invalid: "er ikke et gyldig utviklingsarbeid",
    areas: "utviklingsområder", weak: "svake", addressed: "tatt med i planen", leftOut: "utelatt", open: "åpne",
    rows: "tiltaksrader", done: "gjennomført", evaluated: "evaluert", intoOperation: "satt i drift", milestones: "milepæler",
  },
  nn: {
    mapping: "Kartlegging", plan: "Handlingsplan", evaluation: "Evaluering", cycle: "Heile syklusen", summary: "Oppsummering", invalid: "er ikkje eit gyldig utviklingsarbeid",
    areas: "utviklingsområde", weak: "svake", addressed: "tekne med i planen", leftOut: "utelatne", open: "opne",
    rows: "tiltaksrader", done: "gjennomførte", evaluated: "evaluerte", intoOperation: "sette i drift", milestones: "milepælar",
  },
  en: {
    mapping: "Mapping", plan: "Action plan", evaluation: "Evaluation", cycle: "The whole cycle", summary: "Summary", invalid: "is not a valid development project",
    areas: "areas", weak: "weak", addressed: "addressed", leftOut: "left out", open: "open",
    rows: "rows", done: "done", evaluated: "evaluated", intoOperation: "into operation", milestones: "milestones",
  },
} as const;

const args = readArgs(process.argv.slice(2), USAGE);
if (args.positional.length > 1) fail(USAGE);
const file = args.positional[0] ?? fileURLToPath(new URL("data/development-project-fjordvik.json", import.meta.url));
const today = args.today ?? DEFAULT_TODAY;
const { locale } = args;
const t = LABELS[locale];

// 1. The project as a whole must pass its schema (every part embedded in it, too); one that does
//    not is reported with validateDevelopmentProject's findings. A project with errors in its checks
//    still has a cycle worth summarizing.
const input = readJsonFile(file, USAGE);
const parsed = DevelopmentProjectSchema.safeParse(input);
if (!parsed.success) {
  console.log(`${file} ${t.invalid}\n${formatFindingsTable(validateDevelopmentProject(input, { today, locale }).findings, { locale })}`);
  process.exit(1);
}
const project = parsed.data;

// 2. The whole cycle: each part by its own checker (its findings' paths start at the part:
//    mapping, actionPlan, schedule, evaluation), and the checks across the parts.
const findings = checkDevelopmentProject(project, { today, locale });
const errors = findings.some((finding) => finding.severity === "error");
console.log(`${t.cycle}\n${formatFindingsTable(findings, { locale })}\n`);

// 3. The cycle in figures.
const summary = summarizeDevelopmentProject(project, { today, locale });
console.log(`${t.summary}: ${project.municipality.name} (${summary.municipality}), ${label(developmentProjectStageLabels, summary.stage, locale)}`);
console.log(`  ${t.mapping} ${summary.dates.mapping} -> ${t.plan} ${summary.dates.actionPlanSigned ?? "-"} -> ${t.evaluation} ${summary.dates.evaluation ?? "-"}`);
const { areas, rows, milestones } = summary;
console.log(`  ${t.areas}: ${areas.weak} ${t.weak}, ${areas.addressed} ${t.addressed}, ${areas.leftOut} ${t.leftOut}, ${areas.open} ${t.open}`);
const results = countsByStatus(rows.byResult, evaluationResultLabels, locale);
console.log(`  ${t.rows}: ${rows.done}/${rows.total} ${t.done}, ${rows.evaluated} ${t.evaluated} (${results}), ${rows.intoOperation} ${t.intoOperation}`);
console.log(`  ${t.milestones}: ${milestones.done}/${milestones.total} ${t.done}`);
process.exit(errors ? 1 : 0);
