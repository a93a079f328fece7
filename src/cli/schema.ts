// `samhandling schema KIND`: the JSON Schema (draft 2020-12) of a document kind, the same the package
// ships as `samhandling/schemas/<kind>.schema.json`.
import { DOCUMENT_KINDS, isDocumentKind } from "../documents/kinds.js";
import type { Locale } from "../core/locale.js";
import { documentJsonSchema } from "../json-schema/index.js";
import { readArgs } from "./args.js";
import { type CliCommand, type CliContext, usageFailure, writeLine } from "./io.js";
import { COMMON_TEXT, listOf } from "./text.js";

const TEXT: Readonly<Record<Locale, { readonly summary: string; readonly usage: string; readonly noKind: (kinds: string) => string }>> = {
  nb: {
    summary: "skriver JSON Schema for en dokumenttype",
    usage: "samhandling schema TYPE [--locale nb|nn|en]",
    noKind: (kinds) => `oppgi en dokumenttype: ${kinds}.`,
  },
  nn: {
    summary: "skriv JSON Schema for ein dokumenttype",
    usage: "samhandling schema TYPE [--locale nb|nn|en]",
    noKind: (kinds) => `gje opp ein dokumenttype: ${kinds}.`,
  },
  en: {
    summary: "prints the JSON Schema of a document kind",
    usage: "samhandling schema KIND [--locale nb|nn|en]",
    noKind: (kinds) => `give a document kind: ${kinds}.`,
  },
};

/** The schema subcommand. */
export const schemaCommand: CliCommand = {
  name: "schema",
  summary: { nb: TEXT.nb.summary, nn: TEXT.nn.summary, en: TEXT.en.summary },
  run: runSchema,
};

async function runSchema(args: readonly string[], context: CliContext): Promise<number> {
  const { io, locale } = context;
  const text = TEXT[locale];
  const parsed = await readArgs(args, {}, context, true);
  if (!parsed.ok) return parsed.exitCode;
  if (parsed.values["help"] === true) {
    await writeLine(io.stdout, `${COMMON_TEXT[locale].usage}: ${text.usage}`);
    return 0;
  }
  const [kind, ...rest] = parsed.positionals;
  if (rest[0] !== undefined) return usageFailure(context, `${COMMON_TEXT[locale].unexpectedArgument(rest[0])} ${COMMON_TEXT[locale].helpHint}`);
  if (!isDocumentKind(kind)) {
    const kinds = listOf(DOCUMENT_KINDS, locale);
    return usageFailure(context, kind === undefined ? text.noKind(kinds) : COMMON_TEXT[locale].badChoice(locale === "en" ? "KIND" : "TYPE", kind, kinds));
  }
  await writeLine(io.stdout, JSON.stringify(documentJsonSchema(kind), null, 2));
  return 0;
}
