// Checks a coordinating unit's register of cases (koordinerende enhet) kept as JSON: each case's
// findings, then the unit's work list of open cases with each one's next step and its deadline.
//
//   npx tsx examples/coordination-cases.ts [cases.json] [--today YYYY-MM-DD] [--locale nb|nn|en]
//   npx tsx examples/coordination-cases.ts                 # examples/data/coordination-cases.json on 2025-10-01
//
// The bundled register is fictional, with pseudonymous ids and a synthetic national id. Exits 0 when
// no case has errors, 1 when one has, 2 on a usage error or a file it cannot read.
// In an app, import from "samhandling" exactly as here.
import { fileURLToPath } from "node:url";
import {
  caseStatusLabels,
  type CaseStep,
  checkCoordinationCase,
  type CoordinationCase,
  CoordinationCaseSchema,
  formatFindingsTable,
  listOpenCases,
  type Locale,
  validateCoordinationCase,
} from "samhandling";
import { fail, readArgs, readJsonFile } from "./_lib/args.js";
import { label } from "./_lib/labels.js";

const USAGE = "Usage: coordination-cases.ts [cases.json] [--today YYYY-MM-DD] [--locale nb|nn|en]";
// The bundled register is written as of this day; the script never reads the clock.
const DEFAULT_TODAY = "2025-10-01";

const STEPS: Readonly<Record<Locale, Readonly<Record<CaseStep, string>>>> = {
  nb: {
    "clarify-consent": "avklare samtykke", "make-offer": "gi tilbud om plan og koordinator", "await-answer": "følge opp svar på tilbudet",
    "offer-coordinator": "tilby koordinator", "appoint-coordinator": "oppnevne koordinator", "train-coordinator": "gi koordinator opplæring",
    "make-plan": "opprette individuell plan", "end-appointment": "avslutte oppnevningen", "close-case": "avslutte saken", "review-case": "gå gjennom saken",
  },
  nn: {
    "clarify-consent": "avklare samtykke", "make-offer": "gi tilbod om plan og koordinator", "await-answer": "følgje opp svar på tilbodet",
    "offer-coordinator": "tilby koordinator", "appoint-coordinator": "oppnemne koordinator", "train-coordinator": "gi koordinator opplæring",
    "make-plan": "opprette individuell plan", "end-appointment": "avslutte oppnemninga", "close-case": "avslutte saka", "review-case": "gå gjennom saka",
  },
  en: {
    "clarify-consent": "clarify consent", "make-offer": "offer a plan and a coordinator", "await-answer": "follow up the answer to the offer",
    "offer-coordinator": "offer a coordinator", "appoint-coordinator": "appoint a coordinator", "train-coordinator": "train the coordinator",
    "make-plan": "make the individual plan", "end-appointment": "end the appointment", "close-case": "close the case", "review-case": "review the case",
  },
};

const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  nb: { register: "Saksregister", on: "per", cases: "saker", open: "åpne", work: "Arbeidsliste: neste steg i åpne saker", due: "Frist", days: "Dager", step: "Neste steg", case: "Sak", invalid: "er ikke en gyldig sak" },
  nn: { register: "Saksregister", on: "per", cases: "saker", open: "opne", work: "Arbeidsliste: neste steg i opne saker", due: "Frist", days: "Dagar", step: "Neste steg", case: "Sak", invalid: "er ikkje ei gyldig sak" },
  en: { register: "Case register", on: "on", cases: "cases", open: "open", work: "Work list: the next step in each open case", due: "Due", days: "Days", step: "Next step", case: "Case", invalid: "is not a valid case" },
};

const args = readArgs(process.argv.slice(2), USAGE);
if (args.positional.length > 1) fail(USAGE);
const file = args.positional[0] ?? fileURLToPath(new URL("data/coordination-cases.json", import.meta.url));
const today = args.today ?? DEFAULT_TODAY;
const { locale } = args;
const t = LABELS[locale];
const data = readJsonFile(file, USAGE);
const inputs: unknown[] = Array.isArray(data) ? data : [data];

// 1. Each case: a case that fails its schema is reported and left out; the others are checked and
//    kept for the work list, errors or not, since the unit still has to work them.
const cases: CoordinationCase[] = [];
let errors = false;
for (const [index, input] of inputs.entries()) {
  const parsed = CoordinationCaseSchema.safeParse(input);
  if (!parsed.success) {
    errors = true;
    const findings = validateCoordinationCase(input, { today, locale }).findings;
    console.log(`#${index} ${t["invalid"]}\n${formatFindingsTable(findings, { locale })}\n`);
    continue;
  }
  cases.push(parsed.data);
  const findings = checkCoordinationCase(parsed.data, { today, locale });
  if (findings.some((f) => f.severity === "error")) errors = true;
  console.log(`${parsed.data.id} (${label(caseStatusLabels, parsed.data.status, locale)})\n${formatFindingsTable(findings, { locale })}\n`);
}

// 2. The work list: the next step of every open case, soonest deadline first.
const items = listOpenCases(cases, { today });
console.log(`${t["register"]} ${t["on"]} ${today}: ${cases.length} ${t["cases"]}, ${items.length} ${t["open"]}\n\n${t["work"]}\n`);
const rows = items.map((item) => [item.due, String(item.daysLeft), item.caseId, STEPS[locale][item.step]]);
const heads = [t["due"] ?? "", t["days"] ?? "", t["case"] ?? "", t["step"] ?? ""];
const widths = heads.map((head, column) => Math.max(head.length, ...rows.map((row) => row[column]?.length ?? 0)));
for (const row of [heads, ...rows]) console.log(row.map((cell, column) => (column === 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  ").trimEnd());

process.exit(errors ? 1 : 0);
