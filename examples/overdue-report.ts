// Prints one list of what is overdue and what is due within 30 days in action plans (handlingsplan)
// and milestone schedules (milepælsplan), oldest first. Documents are told apart by their `kind`.
//
//   npx tsx examples/overdue-report.ts examples/data/*.json [--today YYYY-MM-DD] [--locale nb|nn|en]
//
// Without --today the report uses the current date. Exits 1 when a file cannot be read or is not a
// valid action plan or milestone schedule (its errors go to stderr), 2 on bad arguments, else 0.
// In an app, import from "samhandling" exactly as here.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  type ActionPlan,
  actionPlanProgress,
  type Finding,
  formatFindingsTable,
  type Locale,
  type MilestoneSchedule,
  scheduleProgress,
  toCalendarDate,
  validateActionPlan,
  validateMilestoneSchedule,
} from "samhandling";
import { readArgs } from "./_lib/args.js";

const USAGE = "Usage: overdue-report.ts <files...> [--today YYYY-MM-DD] [--locale nb|nn|en]";
const WITHIN_DAYS = 30;

const TEXT: Readonly<Record<Locale, {
  readonly heading: string;
  readonly headers: readonly [string, string, string, string];
  readonly overdue: string;
  readonly missed: string;
  readonly today: string;
  readonly inDays: string;
  readonly row: string;
  readonly milestone: string;
  readonly summary: string;
  readonly nothing: string;
}>> = {
  nb: {
    heading: "Forfalt og med frist innen 30 dager, per {today}",
    headers: ["Frist", "Status", "Dokument", "Punkt"],
    overdue: "forfalt",
    missed: "periode ikke gjennomført",
    today: "i dag",
    inDays: "om {n} dager",
    row: "rad",
    milestone: "milepæl",
    summary: "{overdue} forfalt, {upcoming} med frist innen 30 dager.",
    nothing: "Ingenting forfalt eller med frist innen 30 dager.",
  },
  nn: {
    heading: "Forfalle og med frist innan 30 dagar, per {today}",
    headers: ["Frist", "Status", "Dokument", "Punkt"],
    overdue: "forfalle",
    missed: "periode ikkje gjennomført",
    today: "i dag",
    inDays: "om {n} dagar",
    row: "rad",
    milestone: "milepæl",
    summary: "{overdue} forfalle, {upcoming} med frist innan 30 dagar.",
    nothing: "Ingenting forfalle eller med frist innan 30 dagar.",
  },
  en: {
    heading: "Overdue and due within 30 days, as of {today}",
    headers: ["Due", "Status", "Document", "Item"],
    overdue: "overdue",
    missed: "missed period",
    today: "today",
    inDays: "in {n} days",
    row: "row",
    milestone: "milestone",
    summary: "{overdue} overdue, {upcoming} due within 30 days.",
    nothing: "Nothing overdue or due within 30 days.",
  },
};

interface Line {
  readonly due: string;
  readonly overdue: boolean;
  readonly status: string;
  readonly document: string;
  readonly item: string;
  readonly title: string;
}

const args = readArgs(process.argv.slice(2), USAGE);
if (args.positional.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const today = args.today ?? toCalendarDate(new Date()) ?? "";
const text = TEXT[args.locale];
const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
const daysUntil = (due: string): number => Math.round((Date.parse(due) - Date.parse(today)) / 86_400_000);
const upcomingStatus = (due: string): string => {
  const days = daysUntil(due);
  return days === 0 ? text.today : fill(text.inDays, { n: days });
};

function actionPlanLines(plan: ActionPlan, document: string): Line[] {
  const progress = actionPlanProgress(plan, { today, dueSoonDays: WITHIN_DAYS });
  const line = (rowIndex: number, due: string, overdue: boolean, status: string): Line => {
    const row = plan.rows[rowIndex];
    return { due, overdue, status, document, item: `${text.row} ${row?.id ?? ""}`, title: row?.measure ?? "" };
  };
  return [
    ...progress.overdue.map((item) => line(item.path[1], item.due, true, item.recurring ? text.missed : text.overdue)),
    ...progress.upcoming.map((item) => line(item.path[1], item.due, false, upcomingStatus(item.due))),
  ];
}

function milestoneLines(schedule: MilestoneSchedule, document: string): Line[] {
  const progress = scheduleProgress(schedule, { today, dueSoonDays: WITHIN_DAYS });
  const title = (path: readonly ["phases", number, "milestones", number]): string =>
    schedule.phases[path[1]]?.milestones[path[3]]?.title ?? "";
  return progress.phases.flatMap((phase) => [
    ...phase.overdue.map((item): Line => ({
      due: item.due, overdue: true, status: text.overdue, document, item: `${text.milestone} ${item.milestoneId}`, title: title(item.path),
    })),
    ...phase.upcoming.map((item): Line => ({
      due: item.due, overdue: false, status: upcomingStatus(item.due), document, item: `${text.milestone} ${item.milestoneId}`, title: title(item.path),
    })),
  ]);
}

/** Prints a file's errors to stderr; returns 1, the count of failed files it adds. */
function reportInvalid(file: string, findings: readonly Finding[]): number {
  console.error(`${file}:\n${formatFindingsTable(findings.filter((f) => f.severity === "error"), { locale: args.locale })}`);
  return 1;
}

let failed = 0;
const lines: Line[] = [];
for (const file of args.positional) {
  const document = basename(file);
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    failed++;
    continue;
  }
  const kind = typeof input === "object" && input !== null && "kind" in input ? input.kind : undefined;
  if (kind === "action-plan") {
    const result = validateActionPlan(input, { today, locale: args.locale });
    if (result.ok) lines.push(...actionPlanLines(result.value, document));
    else failed += reportInvalid(file, result.findings);
  } else if (kind === "milestone-schedule") {
    const result = validateMilestoneSchedule(input, { today, locale: args.locale });
    if (result.ok) lines.push(...milestoneLines(result.value, document));
    else failed += reportInvalid(file, result.findings);
  } else {
    console.error(`${file}: kind must be "action-plan" or "milestone-schedule", got ${JSON.stringify(kind)}`);
    failed++;
  }
}

// Oldest first; Array.prototype.sort is stable, so ties keep file and document order.
lines.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
console.log(`${fill(text.heading, { today })}\n`);
if (lines.length === 0) {
  console.log(text.nothing);
} else {
  const cells = [text.headers, ...lines.map((l) => [l.due, l.status, l.document, l.item] as const)];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  const format = (row: readonly string[], title: string): string =>
    [...row.map((cell, c) => cell.padEnd(widths[c]!)), title].join("  ").trimEnd();
  console.log(format(text.headers, ""));
  for (const l of lines) console.log(format([l.due, l.status, l.document, l.item], l.title));
  const overdue = lines.filter((l) => l.overdue).length;
  console.log(`\n${fill(text.summary, { overdue, upcoming: lines.length - overdue })}`);
}
if (failed > 0) process.exit(1);
