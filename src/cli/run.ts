// The command's core: `runCli(argv, io)` picks the subcommand and returns the exit code. Nothing it
// does ends in a stack trace: an unexpected error is one line on stderr and exit code 2.
import type { Locale } from "../core/locale.js";
import { CLI_COMMANDS } from "./commands.js";
import { type CliCommand, type CliContext, type CliIo, usageFailure, writeLine } from "./io.js";
import { COMMON_TEXT } from "./text.js";

export type { CliIo } from "./io.js";

const LOCALES: readonly Locale[] = ["nb", "nn", "en"];

/**
 * Runs `samhandling` with the arguments after the program name.
 *
 * @param argv - E.g. `["check", "plan.json", "--today", "2026-01-15"]`.
 * @param io - The streams, environment, terminal flags, clock and working directory.
 * @param commands - The subcommands (all of them when left out).
 * @returns The exit code: 0, 1 (findings at or above --fail-on) or 2 (a usage or input error).
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = CLI_COMMANDS): Promise<number> {
  const given = givenLocale(argv, io);
  const locale = given === undefined ? "nb" : LOCALES.find((known) => known === given);
  const context: CliContext = { io, locale: locale ?? "nb" };
  try {
    if (locale === undefined) return await usageFailure(context, COMMON_TEXT.nb.badChoice("--locale", given ?? "", "nb, nn eller en"));
    const [name, ...rest] = argv;
    const text = COMMON_TEXT[context.locale];
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      await writeLine(name === undefined ? io.stderr : io.stdout, usage(context.locale, commands));
      return name === undefined ? 2 : 0;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (command === undefined) {
      const problem = name.startsWith("-") ? text.noCommand : text.unknownCommand(name);
      return await usageFailure(context, `${problem} ${text.helpHint}`);
    }
    return await command.run(rest, context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    try {
      await usageFailure(context, COMMON_TEXT[context.locale].internalError(detail.split("\n")[0] ?? ""));
    } catch {
      // stderr itself failed: nothing more can be said.
    }
    return 2;
  }
}

/** The language asked for: the last `--locale` in the arguments, else SAMHANDLING_LOCALE; undefined for neither (bokmål). */
function givenLocale(argv: readonly string[], io: CliIo): string | undefined {
  let given: string | undefined = io.env["SAMHANDLING_LOCALE"] || undefined;
  argv.forEach((arg, index) => {
    if (arg === "--locale") given = argv[index + 1] ?? "";
    else if (arg.startsWith("--locale=")) given = arg.slice("--locale=".length);
  });
  return given;
}

function usage(locale: Locale, commands: readonly CliCommand[]): string {
  const text = COMMON_TEXT[locale];
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `${text.usage}: samhandling <${locale === "en" ? "command" : "kommando"}> [...]`,
    "",
    `${text.commands}:`,
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[locale]}`),
    "",
    `samhandling <${locale === "en" ? "command" : "kommando"}> --help`,
  ].join("\n");
}
