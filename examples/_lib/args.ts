// Tiny argument reader shared by the example scripts: `--name value` options and positional arguments.
import { readFileSync } from "node:fs";
import { LocaleSchema, type Locale, isCalendarDate } from "samhandling";

export interface ExampleArgs {
  readonly positional: readonly string[];
  readonly today: string | undefined;
  readonly locale: Locale;
}

/** Reads `--today YYYY-MM-DD` and `--locale nb|nn|en`; exits with a usage message on bad values. */
export function readArgs(argv: readonly string[], usage: string): ExampleArgs {
  const positional: string[] = [];
  let today: string | undefined;
  let locale: Locale = "nb";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") exitWith(usage, 0);
    if (arg === "--today" || arg === "--locale") {
      const value = argv[++i];
      if (value === undefined) exitWith(`${arg} needs a value.\n${usage}`, 2);
      if (arg === "--today") {
        if (!isCalendarDate(value)) exitWith(`--today must be a date written YYYY-MM-DD, got "${value}".\n${usage}`, 2);
        today = value;
      } else {
        const parsed = LocaleSchema.safeParse(value);
        if (!parsed.success) exitWith(`--locale must be nb, nn or en, got "${value}".\n${usage}`, 2);
        locale = parsed.data;
      }
    } else if (arg.startsWith("--")) {
      exitWith(`Unknown option ${arg}.\n${usage}`, 2);
    } else {
      positional.push(arg);
    }
  }
  return { positional, today, locale };
}

function exitWith(message: string, code: number): never {
  (code === 0 ? console.log : console.error)(message);
  process.exit(code);
}

/** Prints `message` on stderr and exits 2, the examples' code for bad arguments or input. */
export function fail(message: string): never {
  return exitWith(message, 2);
}

/**
 * Reads a JSON file, or exits 2 with a usage message. Never the parser's own message: it may quote
 * the file, which holds health data.
 */
export function readJsonFile(file: string, usage: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return fail(`Cannot read ${file} as JSON.\n${usage}`);
  }
}
