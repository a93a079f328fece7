// Checks an individual plan (individuell plan) kept as JSON and prints its findings and a summary.
//
//   npx tsx examples/check-individual-plan.ts examples/data/individual-plan-problems.json [--today YYYY-MM-DD] [--locale nb|nn|en]
//
// Exits 0 when the plan has no errors, 1 when it has, 2 on a usage error or a file it cannot read.
// In an app, import from "samhandling" exactly as here.
import { readFileSync } from "node:fs";
import {
  formatFindingsTable,
  goalStatusLabels,
  IndividualPlanSchema,
  type Locale,
  measureStatusLabels,
  planStatusLabels,
  type PlanSummary,
  summarizePlan,
  validateIndividualPlan,
} from "samhandling";
import { readArgs } from "./_lib/args.js";
import { countsByStatus, label } from "./_lib/labels.js";

const USAGE = "Usage: check-individual-plan.ts <plan.json> [--today YYYY-MM-DD] [--locale nb|nn|en]";
// The bundled plans are written as of this day; the script never reads the clock.
const DEFAULT_TODAY = "2025-10-01";

const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  nb: {
    checking: "Sjekker", on: "per", defaultDate: "standarddato for eksempelplanene; bruk --today for en annen",
    summary: "Sammendrag", status: "status", goals: "mål", measures: "tiltak", overdue: "forfalt", dueSoon: "forfaller snart",
    nextRevision: "neste revisjon", late: "forsinket", none: "ingen", coordinator: "koordinator", consent: "samtykke til planen",
    yes: "ja", no: "nei", participants: "deltakere", meetingsHeld: "møter holdt", nextMeeting: "neste møte",
    counts: "feil / advarsler / info",
  },
  nn: {
    checking: "Sjekkar", on: "per", defaultDate: "standarddato for eksempelplanane; bruk --today for ein annan",
    summary: "Samandrag", status: "status", goals: "mål", measures: "tiltak", overdue: "forfalne", dueSoon: "forfell snart",
    nextRevision: "neste revisjon", late: "forseinka", none: "ingen", coordinator: "koordinator", consent: "samtykke til planen",
    yes: "ja", no: "nei", participants: "deltakarar", meetingsHeld: "møte haldne", nextMeeting: "neste møte",
    counts: "feil / åtvaringar / info",
  },
  en: {
    checking: "Checking", on: "on", defaultDate: "the default date for the bundled plans; pass --today to change it",
    summary: "Summary", status: "status", goals: "goals", measures: "measures", overdue: "overdue", dueSoon: "due soon",
    nextRevision: "next revision", late: "late", none: "none", coordinator: "coordinator", consent: "consent to the plan",
    yes: "yes", no: "no", participants: "participants", meetingsHeld: "meetings held", nextMeeting: "next meeting",
    counts: "errors / warnings / info",
  },
};

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    return fail(`Cannot read ${file} (${code}).\n${USAGE}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the file, which may hold health data.
    return fail(`${file} is not valid JSON.\n${USAGE}`);
  }
}

function describeSummary(summary: PlanSummary, t: Readonly<Record<string, string>>, locale: Locale): string[] {
  const { goals, measures } = summary;
  return [
    `  ${t["status"]}: ${label(planStatusLabels, summary.status, locale)}`,
    `  ${t["goals"]}: ${goals.total} (${countsByStatus(goals.byStatus, goalStatusLabels, locale)})`,
    `  ${t["measures"]}: ${measures.total} (${countsByStatus(measures.byStatus, measureStatusLabels, locale)}); ${t["overdue"]} ${measures.overdue}, ${t["dueSoon"]} ${measures.dueSoon}`,
    `  ${t["nextRevision"]}: ${summary.nextRevision ?? t["none"]}${summary.revisionOverdue ? ` (${t["late"]})` : ""}`,
    `  ${t["coordinator"]}: ${summary.coordinatorId ?? t["none"]}; ${t["consent"]}: ${summary.consentToPlan ? t["yes"] : t["no"]}`,
    `  ${t["participants"]}: ${summary.participants}; ${t["meetingsHeld"]}: ${summary.meetingsHeld}; ${t["nextMeeting"]}: ${summary.nextMeeting ?? t["none"]}`,
  ];
}

const args = readArgs(process.argv.slice(2), USAGE);
const [file, ...extra] = args.positional;
if (file === undefined || extra.length > 0) fail(USAGE);
const t = LABELS[args.locale];
const today = args.today ?? DEFAULT_TODAY;
const input = readJson(file);

console.log(`${t["checking"]} ${file} ${t["on"]} ${today}${args.today === undefined ? ` (${t["defaultDate"]})` : ""}\n`);
const result = validateIndividualPlan(input, { today, locale: args.locale });
console.log(formatFindingsTable(result.findings, { locale: args.locale }));

const count = (severity: string): number => result.findings.filter((f) => f.severity === severity).length;
console.log(`\n${t["summary"]} (${t["counts"]}: ${count("error")} / ${count("warning")} / ${count("info")})`);
// A plan with errors in its checks still has a shape worth summarizing; one that fails the schema has not.
const parsed = IndividualPlanSchema.safeParse(input);
if (parsed.success) console.log(describeSummary(summarizePlan(parsed.data, { today }), t, args.locale).join("\n"));

process.exit(result.ok ? 0 : 1);
