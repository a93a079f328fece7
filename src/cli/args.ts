// Arguments with node:util parseArgs, its errors turned into one line in the user's language.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Locale } from "../core/locale.js";
import { type CliContext, usageFailure } from "./io.js";
import { COMMON_TEXT, listOf } from "./text.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The values and positionals parseArgs read, or the exit code of a usage error already printed. */
export type ParsedArgs =
  | { readonly ok: true; readonly values: Readonly<Record<string, string | boolean | undefined>>; readonly positionals: readonly string[] }
  | { readonly ok: false; readonly exitCode: number };

/** Every subcommand takes these. */
export const COMMON_OPTIONS = {
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** Reads arguments strictly; an unknown option, a missing value or a stray argument is a usage error (exit 2). */
export async function readArgs(args: readonly string[], options: Options, context: CliContext, positionals: boolean): Promise<ParsedArgs> {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: positionals, strict: true });
    const values: Record<string, string | boolean | undefined> = {};
    for (const [name, value] of Object.entries(parsed.values)) values[name] = Array.isArray(value) ? value.at(-1) : value;
    return { ok: true, values, positionals: parsed.positionals };
  } catch (error) {
    return { ok: false, exitCode: await usageFailure(context, `${argumentProblem(error, context.locale)} ${COMMON_TEXT[context.locale].helpHint}`) };
  }
}

function argumentProblem(error: unknown, locale: Locale): string {
  const text = COMMON_TEXT[locale];
  const code: unknown = error !== null && typeof error === "object" ? Reflect.get(error, "code") : undefined;
  const message = error instanceof Error ? error.message : "";
  // parseArgs names the argument in quotes: "Unknown option '--x'", "Option '--today <value>' argument missing".
  const quoted = (/'([^']*)'/.exec(message)?.[1] ?? "").replace(/ <value>$/, "");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return text.unknownOption(quoted);
  const option = quoted.split(", ").at(-1) ?? quoted;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return message.includes("does not take") ? text.takesNoValue(option) : text.missingValue(option);
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return text.unexpectedArgument(quoted);
  return text.internalError(message);
}

/**
 * Reads a string option that must be one of a few values; `fallback` when left out.
 * Returns undefined after printing a usage error.
 */
export async function readChoice<T extends string>(
  value: string | boolean | undefined,
  option: string,
  choices: readonly T[],
  fallback: T,
  context: CliContext,
): Promise<T | undefined> {
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  if (found !== undefined) return found;
  const text = COMMON_TEXT[context.locale];
  await usageFailure(context, `${text.badChoice(option, String(value), listOf(choices, context.locale))} ${text.helpHint}`);
  return undefined;
}
