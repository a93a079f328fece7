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

const USAGE = "Usage: deadlines.ts [text ...] [--today YYYY-MM-DD] [--locale nb|nn|en]";
const args = readArgs(process.argv.slice(2), USAGE);
const today = args.today ?? "2013-06-01";
const referenceYear = Number(today.slice(0, 4));

const texts =
  args.positional.length > 0
    ? args.positional
    : readFileSync(fileURLToPath(new URL("data/deadlines.txt", import.meta.url)), "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"));

function status(deadline: Deadline): string {
  if (isOneOffDeadline(deadline)) {
    return `last day ${deadlineEnd(deadline)}${isOverdue(deadline, { today }) ? ", overdue if not done" : ""}`;
  }
  return `next due ${nextDue(deadline, { today })}`;
}

console.log(`Deadlines read on ${today}:\n`);
const width = Math.max(...texts.map((text) => text.length));
let unreadable = 0;
for (const text of texts) {
  const parsed = parseDeadline(text, { referenceYear });
  if (parsed.ok) {
    console.log(`${text.padEnd(width)}  ->  ${describeDeadline(parsed.deadline, args.locale)} (${parsed.deadline.kind}; ${status(parsed.deadline)})`);
  } else {
    unreadable++;
    console.log(`${text.padEnd(width)}  ->  not read: ${parsed.reason}`);
  }
}
console.log(`\n${texts.length - unreadable} of ${texts.length} read.`);
