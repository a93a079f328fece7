// `samhandling explain CODE`: what a finding code means: its severity, its basis and its message.
import { findingCatalog } from "../core/findings/catalog/index.js";
import { FINDING_CODES, isFindingCode } from "../core/findings/codes.js";
import { severityLabels } from "../core/findings/labels.js";
import type { Locale } from "../core/locale.js";
import { readArgs, readChoice } from "./args.js";
import { type CliCommand, type CliContext, usageFailure, writeLine } from "./io.js";
import { COMMON_TEXT } from "./text.js";

const TEXT: Readonly<Record<Locale, {
  readonly summary: string;
  readonly usage: string;
  readonly labels: readonly [string, string, string, string];
  readonly yes: string;
  readonly no: string;
  readonly noCode: string;
  readonly unknown: (code: string) => string;
  readonly similar: (codes: string) => string;
}>> = {
  nb: {
    summary: "forklarer en funnkode: alvorsgrad, grunnlag og melding",
    usage: "samhandling explain KODE [--format text|json] [--locale nb|nn|en]",
    labels: ["Alvor", "Grunnlag", "Melding", "Kan endres med --rules"],
    yes: "ja",
    no: "nei",
    noCode: "oppgi en funnkode, for eksempel plan/missing-consent.",
    unknown: (code) => `ukjent funnkode «${code}».`,
    similar: (codes) => `Koder som ligner: ${codes}.`,
  },
  nn: {
    summary: "forklarar ein funnkode: alvorsgrad, grunnlag og melding",
    usage: "samhandling explain KODE [--format text|json] [--locale nb|nn|en]",
    labels: ["Alvor", "Grunnlag", "Melding", "Kan endrast med --rules"],
    yes: "ja",
    no: "nei",
    noCode: "gje opp ein funnkode, til dømes plan/missing-consent.",
    unknown: (code) => `ukjend funnkode «${code}».`,
    similar: (codes) => `Kodar som liknar: ${codes}.`,
  },
  en: {
    summary: "explains a finding code: severity, basis and message",
    usage: "samhandling explain CODE [--format text|json] [--locale nb|nn|en]",
    labels: ["Severity", "Basis", "Message", "Can be set with --rules"],
    yes: "yes",
    no: "no",
    noCode: "give a finding code, for example plan/missing-consent.",
    unknown: (code) => `unknown finding code “${code}”.`,
    similar: (codes) => `Similar codes: ${codes}.`,
  },
};

/** The explain subcommand. */
export const explainCommand: CliCommand = {
  name: "explain",
  summary: { nb: TEXT.nb.summary, nn: TEXT.nn.summary, en: TEXT.en.summary },
  run: runExplain,
};

async function runExplain(args: readonly string[], context: CliContext): Promise<number> {
  const { io, locale } = context;
  const text = TEXT[locale];
  const parsed = await readArgs(args, { format: { type: "string" } }, context, true);
  if (!parsed.ok) return parsed.exitCode;
  if (parsed.values["help"] === true) {
    await writeLine(io.stdout, `${COMMON_TEXT[locale].usage}: ${text.usage}`);
    return 0;
  }
  const format = await readChoice(parsed.values["format"], "--format", ["text", "json"] as const, "text", context);
  if (format === undefined) return 2;
  const [code, ...rest] = parsed.positionals;
  if (code === undefined) return usageFailure(context, text.noCode);
  if (rest[0] !== undefined) return usageFailure(context, `${COMMON_TEXT[locale].unexpectedArgument(rest[0])} ${COMMON_TEXT[locale].helpHint}`);
  if (!isFindingCode(code)) {
    const needle = code.toLowerCase();
    const similar = FINDING_CODES.filter((known) => known.includes(needle) || needle.includes(known.split("/")[1] ?? known)).slice(0, 8);
    return usageFailure(context, `${text.unknown(code)}${similar.length > 0 ? ` ${text.similar(similar.join(", "))}` : ""}`);
  }
  const definition = findingCatalog[code];
  const configurable = !code.startsWith("schema/") && !code.startsWith("document/");
  if (format === "json") {
    const record = { code, severity: definition.severity, basis: definition.basis.display[locale], message: definition.messages[locale], configurable };
    await writeLine(io.stdout, JSON.stringify(record));
    return 0;
  }
  const values = [severityLabels[definition.severity][locale], definition.basis.display[locale], definition.messages[locale], configurable ? text.yes : text.no];
  const width = Math.max(...text.labels.map((label) => label.length)) + 1;
  await writeLine(io.stdout, [code, ...text.labels.map((label, i) => `  ${`${label}:`.padEnd(width)} ${values[i] ?? ""}`)].join("\n"));
  return 0;
}
