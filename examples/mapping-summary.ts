// Summarises mapping surveys (kartlegging) of several municipalities' coordinating units: a table of
// the answers, the findings they have in common, and a draft action plan for one of them.
//
//   npx tsx examples/mapping-summary.ts [responses.json] [municipality] [--today YYYY-MM-DD] [--locale nb|nn|en]
//   npx tsx examples/mapping-summary.ts          # examples/data/mapping-responses.json, plan for the first municipality
//   npx tsx examples/mapping-summary.ts 1531 --locale en
//
// The bundled responses are fictional answers from three municipalities in Møre og Romsdal to the
// built-in form. In an app, import from "samhandling" exactly as here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  assessmentLabels,
  checkActionPlan,
  commonFindings,
  coordinatingUnitMappingForm as form,
  describeCommonFinding,
  formatFindingsTable,
  type MappingResponse,
  proposeActionPlan,
  summarizeMapping,
  validateMappingResponse,
} from "samhandling";
import { readArgs } from "./_lib/args.js";

const USAGE = "Usage: mapping-summary.ts [responses.json] [municipality] [--today YYYY-MM-DD] [--locale nb|nn|en]";
const TEXT = {
  nb: {
    responses: "svar", item: "Spørsmål", common: "Felles funn", rows: "rader", goal: "mål", activity: "aktivitet", deadline: "frist",
    invalid: (index: number) => `Svar ${index} er ikke gyldig:`, checked: (today: string) => `checkActionPlan per ${today}:`,
    undated: (n: number, total: number) => `${n} av ${total} rader har ingen frist ennå: frister og ansvar setter arbeidsgruppen.`,
  },
  nn: {
    responses: "svar", item: "Spørsmål", common: "Felles funn", rows: "rader", goal: "mål", activity: "aktivitet", deadline: "frist",
    invalid: (index: number) => `Svar ${index} er ikkje gyldig:`, checked: (today: string) => `checkActionPlan per ${today}:`,
    undated: (n: number, total: number) => `${n} av ${total} rader har ingen frist enno: fristar og ansvar set arbeidsgruppa.`,
  },
  en: {
    responses: "responses", item: "Item", common: "Common findings", rows: "rows", goal: "goal", activity: "activity", deadline: "deadline",
    invalid: (index: number) => `Response ${index} is not valid:`, checked: (today: string) => `checkActionPlan on ${today}:`,
    undated: (n: number, total: number) => `${n} of ${total} rows have no deadline yet: deadlines and responsibility are for the working group to set.`,
  },
} as const;

const args = readArgs(process.argv.slice(2), USAGE);
const today = args.today ?? "2012-05-10";
const locale = args.locale;
const t = TEXT[locale];
const municipalityArg = args.positional.find((arg) => /^\d{4}$/.test(arg));
const file = args.positional.find((arg) => arg !== municipalityArg) ?? fileURLToPath(new URL("data/mapping-responses.json", import.meta.url));

let data: unknown;
try {
  data = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

// 1. Validate every response against the form; stop on errors, as an app would before summarising.
const responses: MappingResponse[] = [];
let invalid = 0;
for (const [index, input] of (Array.isArray(data) ? data : [data]).entries()) {
  const result = validateMappingResponse(input, form, { today, locale });
  if (result.ok) responses.push(result.value);
  else {
    invalid++;
    console.log(`${t.invalid(index)}\n${formatFindingsTable(result.findings, { locale })}\n`);
  }
}
if (invalid > 0) process.exit(1);
const chosen = responses.find((response) => response.respondent.municipality === (municipalityArg ?? responses[0]?.respondent.municipality));
if (chosen === undefined) {
  console.error(`No response from municipality ${municipalityArg ?? "(none)"}.\n${USAGE}`);
  process.exit(2);
}

// 2. The summary table: every assessment item, each municipality's answer, and the counts.
const summary = summarizeMapping(responses, form);
const labels = assessmentLabels[locale];
const names = new Map(responses.map((response) => [response.respondent.municipality, response.respondent.municipalityName ?? ""]));
const title = form.title[locale] ?? form.title.nb;
console.log(`${title}: ${responses.length} ${t.responses} (${summary.respondents.map((n) => `${n} ${names.get(n) ?? ""}`.trim()).join(", ")})\n`);

const assessed = summary.items.filter((item) => item.type === "assessment");
const idWidth = Math.max(...assessed.map((item) => item.itemId.length));
const cell = Math.max(...Object.values(labels).map((label) => label.length), 4) + 2;
const countHeads = Object.values(labels);
console.log([t.item.padEnd(idWidth), ...summary.respondents.map((n) => n.padEnd(cell)), countHeads.join(" | ")].join("  "));
for (const item of assessed) {
  const byMunicipality = new Map(item.values.map((value) => [value.municipality, String(value.value)]));
  const answers = summary.respondents.map((n) => {
    const value = byMunicipality.get(n);
    const label = Object.entries(labels).find(([answer]) => answer === value)?.[1];
    return (label ?? value ?? "-").padEnd(cell);
  });
  const counts = item.groups.map((group, i) => String(group.count).padStart(countHeads[i]?.length ?? 1));
  console.log([item.itemId.padEnd(idWidth), ...answers, counts.join(" | ")].join("  "));
}

// 3. What most or all of them answered no, partly or don't know: the seed report's "alle tre mangler ...".
const common = commonFindings(summary);
console.log(`\n${t.common} (${common.length}):`);
for (const finding of common) console.log(`- ${describeCommonFinding(finding, form, locale)}`);

// 4. A draft action plan for one municipality, checked as any action plan is.
const plan = proposeActionPlan(chosen, form, { today, locale });
console.log(`\n${plan.title}, ${plan.municipality.number} ${plan.municipality.name}: ${plan.rows.length} ${t.rows}`);
for (const [index, row] of plan.rows.entries()) {
  console.log(`${index + 1}. ${row.measure} [${row.id}]`);
  if (row.goal !== undefined) console.log(`   ${t.goal}: ${row.goal}`);
  for (const activity of row.activities) console.log(`   ${t.activity}: ${activity}`);
  console.log(`   ${t.deadline}: ${row.deadlineText ?? "-"}`);
}
const findings = checkActionPlan(plan, { today, locale });
console.log(`\n${t.checked(today)}\n${formatFindingsTable(findings, { locale })}`);
const undated = findings.filter((finding) => finding.code === "action-plan/row-missing-deadline").length;
console.log(`\n${t.undated(undated, plan.rows.length)}`);
