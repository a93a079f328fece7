// Reads deadline texts as they are written in Norwegian plans and prints what they mean.
//
//   npx tsx examples/deadlines.ts "innen 1. mai hvert år" "mars 2012" [--today YYYY-MM-DD] [--locale nb|nn|en]
//   npx tsx examples/deadlines.ts                # reads examples/data/deadlines.txt
//
// Two-digit years and weeks without a year ("i uke 12") are read near the year of --today.
//
// In an app, import from "samhandling" exactly as here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Deadline,
  deadlineEnd,
  describeDeadline,
  isOneOffDeadline,
  isOverdue,
  nextDue,
  parseDeadline,
} from "samhandling";
import { readArgs } from "./_lib/args.js";
import { deadlineFailureLabels, deadlineKindLabels, label } from "./_lib/labels.js";

const USAGE = "Usage: deadlines.ts [text ...] [--today YYYY-MM-DD] [--locale nb|nn|en]";
const args = readArgs(process.argv.slice(2), USAGE);
const today = args.today ?? "2013-06-01";
const referenceYear = Number(today.slice(0, 4));
const { locale } = args;

const TEXT = {
  nb: { title: "Frister lest per", lastDay: "siste dag", overdue: "forfalt om ikke gjort", nextDue: "neste frist", notRead: "ikke lest", of: "av", read: "lest" },
  nn: { title: "Fristar lesne per", lastDay: "siste dag", overdue: "forfalle om ikkje gjort", nextDue: "neste frist", notRead: "ikkje lesen", of: "av", read: "lesne" },
  en: { title: "Deadlines read on", lastDay: "last day", overdue: "overdue if not done", nextDue: "next due", notRead: "not read", of: "of", read: "read" },
} as const;
const t = TEXT[locale];

const texts =
  args.positional.length > 0
    ? args.positional
    : readFileSync(fileURLToPath(new URL("data/deadlines.txt", import.meta.url)), "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"));

function status(deadline: Deadline): string {
  if (isOneOffDeadline(deadline)) {
    return `${t.lastDay} ${deadlineEnd(deadline)}${isOverdue(deadline, { today }) ? `, ${t.overdue}` : ""}`;
  }
  return `${t.nextDue} ${nextDue(deadline, { today })}`;
}

console.log(`${t.title} ${today}:\n`);
const width = Math.max(...texts.map((text) => text.length));
let unreadable = 0;
for (const text of texts) {
  const parsed = parseDeadline(text, { referenceYear });
  if (parsed.ok) {
    console.log(`${text.padEnd(width)}  ->  ${describeDeadline(parsed.deadline, locale)} (${label(deadlineKindLabels, parsed.deadline.kind, locale)}; ${status(parsed.deadline)})`);
  } else {
    unreadable++;
    console.log(`${text.padEnd(width)}  ->  ${t.notRead}: ${label(deadlineFailureLabels, parsed.reason, locale)}`);
  }
}
console.log(`\n${texts.length - unreadable} ${t.of} ${texts.length} ${t.read}.`);
