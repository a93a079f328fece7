// The words of `samhandling check`, in bokmål, nynorsk and English.
import type { Locale } from "../core/locale.js";
import type { InputErrorItem, InputProblem } from "./input.js";

/** What `check` says. */
export interface CheckText {
  readonly summary: string;
  readonly usage: string;
  readonly header: (today: string, fromClock: boolean) => string;
  readonly noFindings: string;
  readonly findingCount: (count: number) => string;
  readonly summaryTitle: string;
  readonly documents: string;
  readonly findings: string;
  readonly inputErrors: string;
  readonly time: string;
  readonly seconds: string;
  readonly progress: (count: number) => string;
  readonly noSources: string;
  readonly badToday: (value: string) => string;
  readonly input: Readonly<Record<InputProblem, string>>;
  readonly atLine: (line: number, column?: number) => string;
  readonly rulesFile: (file: string, problem: string) => string;
  readonly rulesNotObject: string;
  readonly rulesUnknownCode: (code: string) => string;
  readonly rulesBadSetting: (code: string, value: string) => string;
}

export const CHECK_TEXT: Readonly<Record<Locale, CheckText>> = {
  nb: {
    summary: "kontrollerer dokumenter (JSON eller NDJSON) og skriver funnene",
    usage: [
      "samhandling check [filer... | -] [valg]",
      "",
      "  En .json-fil holder ett dokument eller en liste; .ndjson/.jsonl og - (standard inn) holder ett dokument per linje.",
      "",
      "  --format table|json|ndjson  utdata (table)",
      "  --today ÅÅÅÅ-MM-DD          datoen det kontrolleres mot (dagens dato)",
      "  --locale nb|nn|en           språk (nb)",
      "  --rules FIL                 JSON med alvorsgrad eller \"off\" per kode",
      "  --fail-on error|warning     laveste alvorsgrad som gir utgangskode 1 (error)",
      "  --basis                     vis grunnlaget for hvert funn",
      "",
      "  Utgangskode: 0 ingen funn på eller over --fail-on, 1 minst ett, 2 feil i bruk eller inndata.",
    ].join("\n"),
    header: (today, fromClock) => `Kontrollert per ${today}${fromClock ? " (dagens dato)" : ""}`,
    noFindings: "ingen funn",
    findingCount: (count) => `${count} funn`,
    summaryTitle: "Sammendrag",
    documents: "Dokumenter",
    findings: "Funn",
    inputErrors: "Inndatafeil",
    time: "Tid",
    seconds: "s",
    progress: (count) => `${count} dokumenter kontrollert …`,
    noSources: "oppgi filer, eller - for standard inn.",
    badToday: (value) => `--today må være en dato ÅÅÅÅ-MM-DD som finnes, ikke «${value}».`,
    input: { "not-found": "filen finnes ikke", unreadable: "filen kan ikke leses", "invalid-json": "ugyldig JSON" },
    atLine: (line, column) => `linje ${line}${column === undefined ? "" : `, kolonne ${column}`}`,
    rulesFile: (file, problem) => `--rules ${file}: ${problem}`,
    rulesNotObject: "filen må holde et JSON-objekt med koder og alvorsgrader",
    rulesUnknownCode: (code) => `«${code}» er ingen kode med alvorsgrad som kan endres (se «samhandling explain KODE»)`,
    rulesBadSetting: (code, value) => `${code} må være "error", "warning", "info" eller "off", ikke ${value}`,
  },
  nn: {
    summary: "kontrollerer dokument (JSON eller NDJSON) og skriv funna",
    usage: [
      "samhandling check [filer... | -] [val]",
      "",
      "  Ei .json-fil held eitt dokument eller ei liste; .ndjson/.jsonl og - (standard inn) held eitt dokument per linje.",
      "",
      "  --format table|json|ndjson  utdata (table)",
      "  --today ÅÅÅÅ-MM-DD          datoen det vert kontrollert mot (dagens dato)",
      "  --locale nb|nn|en           språk (nb)",
      "  --rules FIL                 JSON med alvorsgrad eller \"off\" per kode",
      "  --fail-on error|warning     lågaste alvorsgrad som gjev utgangskode 1 (error)",
      "  --basis                     vis grunnlaget for kvart funn",
      "",
      "  Utgangskode: 0 ingen funn på eller over --fail-on, 1 minst eitt, 2 feil i bruk eller inndata.",
    ].join("\n"),
    header: (today, fromClock) => `Kontrollert per ${today}${fromClock ? " (dagens dato)" : ""}`,
    noFindings: "ingen funn",
    findingCount: (count) => `${count} funn`,
    summaryTitle: "Samandrag",
    documents: "Dokument",
    findings: "Funn",
    inputErrors: "Inndatafeil",
    time: "Tid",
    seconds: "s",
    progress: (count) => `${count} dokument kontrollerte …`,
    noSources: "gje opp filer, eller - for standard inn.",
    badToday: (value) => `--today må vere ein dato ÅÅÅÅ-MM-DD som finst, ikkje «${value}».`,
    input: { "not-found": "fila finst ikkje", unreadable: "fila kan ikkje lesast", "invalid-json": "ugyldig JSON" },
    atLine: (line, column) => `linje ${line}${column === undefined ? "" : `, kolonne ${column}`}`,
    rulesFile: (file, problem) => `--rules ${file}: ${problem}`,
    rulesNotObject: "fila må halde eit JSON-objekt med kodar og alvorsgrader",
    rulesUnknownCode: (code) => `«${code}» er ingen kode med alvorsgrad som kan endrast (sjå «samhandling explain KODE»)`,
    rulesBadSetting: (code, value) => `${code} må vere "error", "warning", "info" eller "off", ikkje ${value}`,
  },
  en: {
    summary: "checks documents (JSON or NDJSON) and prints the findings",
    usage: [
      "samhandling check [files... | -] [options]",
      "",
      "  A .json file holds one document or an array; .ndjson/.jsonl and - (stdin) hold one document a line.",
      "",
      "  --format table|json|ndjson  output (table)",
      "  --today YYYY-MM-DD          the date to check against (today's date)",
      "  --locale nb|nn|en           language (nb)",
      "  --rules FILE                JSON of a severity or \"off\" per code",
      "  --fail-on error|warning     the lowest severity that makes exit code 1 (error)",
      "  --basis                     show each finding's basis",
      "",
      "  Exit code: 0 no finding at or above --fail-on, 1 at least one, 2 a usage or input error.",
    ].join("\n"),
    header: (today, fromClock) => `Checked as of ${today}${fromClock ? " (today's date)" : ""}`,
    noFindings: "no findings",
    findingCount: (count) => `${count} finding${count === 1 ? "" : "s"}`,
    summaryTitle: "Summary",
    documents: "Documents",
    findings: "Findings",
    inputErrors: "Input errors",
    time: "Time",
    seconds: "s",
    progress: (count) => `${count} documents checked …`,
    noSources: "give files, or - for stdin.",
    badToday: (value) => `--today must be an existing date YYYY-MM-DD, not “${value}”.`,
    input: { "not-found": "no such file", unreadable: "the file cannot be read", "invalid-json": "invalid JSON" },
    atLine: (line, column) => `line ${line}${column === undefined ? "" : `, column ${column}`}`,
    rulesFile: (file, problem) => `--rules ${file}: ${problem}`,
    rulesNotObject: "the file must hold a JSON object of codes and severities",
    rulesUnknownCode: (code) => `“${code}” is no code whose severity can be set (see “samhandling explain CODE”)`,
    rulesBadSetting: (code, value) => `${code} must be "error", "warning", "info" or "off", not ${value}`,
  },
};

/** The line an input error is told in: `file: what is wrong (line L, column C)`. */
export function inputErrorText(item: InputErrorItem, locale: Locale): string {
  const text = CHECK_TEXT[locale];
  const where = item.line === undefined ? "" : ` (${text.atLine(item.line, item.column)})`;
  return `${item.source}: ${text.input[item.problem]}${where}`;
}
