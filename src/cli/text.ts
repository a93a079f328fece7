// The command's own words in bokmål, nynorsk and English, one language at a time. Finding messages
// come from the catalog; kind literals and finding codes are codes, printed as they are.
import type { DocumentKindName } from "../documents/kinds.js";
import type { Severity } from "../core/findings/types.js";
import type { Locale } from "../core/locale.js";

/** The words every subcommand shares. */
export interface CommonText {
  readonly usage: string;
  readonly commands: string;
  readonly helpHint: string;
  readonly unknownCommand: (name: string) => string;
  readonly noCommand: string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly takesNoValue: (option: string) => string;
  readonly unexpectedArgument: (argument: string) => string;
  readonly badChoice: (option: string, value: string, allowed: string) => string;
  readonly internalError: (detail: string) => string;
  /** The path of a finding on the document itself. */
  readonly root: string;
  /** The plural, for counts (the singular is `severityLabels`). */
  readonly severities: Readonly<Record<Severity, string>>;
  readonly kind: Readonly<Record<DocumentKindName | "unknown", string>>;
}

export const COMMON_TEXT: Readonly<Record<Locale, CommonText>> = {
  nb: {
    usage: "Bruk",
    commands: "Kommandoer",
    helpHint: "Se «samhandling --help».",
    unknownCommand: (name) => `ukjent kommando «${name}».`,
    noCommand: "ingen kommando gitt.",
    unknownOption: (option) => `ukjent valg ${option}.`,
    missingValue: (option) => `valget ${option} mangler verdi.`,
    takesNoValue: (option) => `valget ${option} tar ingen verdi.`,
    unexpectedArgument: (argument) => `uventet argument «${argument}».`,
    badChoice: (option, value, allowed) => `${option} må være ${allowed}, ikke «${value}».`,
    internalError: (detail) => `intern feil: ${detail}`,
    root: "(dokumentet)",
    severities: { error: "feil", warning: "advarsler", info: "info" },
    kind: {
      "individual-plan": "individuell plan",
      "coordination-case": "sak hos koordinerende enhet",
      "pathway-case": "barns forløp",
      "action-plan": "handlingsplan",
      evaluation: "evaluering",
      "development-project": "utviklingsarbeid",
      "milestone-schedule": "milepælsplan",
      questionnaire: "spørreskjema",
      "mapping-response": "kartleggingssvar",
      "municipal-report": "årsrapport",
      unknown: "ukjent dokumenttype",
    },
  },
  nn: {
    usage: "Bruk",
    commands: "Kommandoar",
    helpHint: "Sjå «samhandling --help».",
    unknownCommand: (name) => `ukjend kommando «${name}».`,
    noCommand: "ingen kommando gitt.",
    unknownOption: (option) => `ukjent val ${option}.`,
    missingValue: (option) => `valet ${option} manglar verdi.`,
    takesNoValue: (option) => `valet ${option} tek ingen verdi.`,
    unexpectedArgument: (argument) => `uventa argument «${argument}».`,
    badChoice: (option, value, allowed) => `${option} må vere ${allowed}, ikkje «${value}».`,
    internalError: (detail) => `intern feil: ${detail}`,
    root: "(dokumentet)",
    severities: { error: "feil", warning: "åtvaringar", info: "info" },
    kind: {
      "individual-plan": "individuell plan",
      "coordination-case": "sak hos koordinerande eining",
      "pathway-case": "forløp for barn",
      "action-plan": "handlingsplan",
      evaluation: "evaluering",
      "development-project": "utviklingsarbeid",
      "milestone-schedule": "milepælsplan",
      questionnaire: "spørjeskjema",
      "mapping-response": "kartleggingssvar",
      "municipal-report": "årsrapport",
      unknown: "ukjend dokumenttype",
    },
  },
  en: {
    usage: "Usage",
    commands: "Commands",
    helpHint: "See “samhandling --help”.",
    unknownCommand: (name) => `unknown command “${name}”.`,
    noCommand: "no command given.",
    unknownOption: (option) => `unknown option ${option}.`,
    missingValue: (option) => `option ${option} needs a value.`,
    takesNoValue: (option) => `option ${option} takes no value.`,
    unexpectedArgument: (argument) => `unexpected argument “${argument}”.`,
    badChoice: (option, value, allowed) => `${option} must be ${allowed}, not “${value}”.`,
    internalError: (detail) => `internal error: ${detail}`,
    root: "(root)",
    severities: { error: "errors", warning: "warnings", info: "info" },
    kind: {
      "individual-plan": "individual plan",
      "coordination-case": "coordinating unit case",
      "pathway-case": "child's pathway case",
      "action-plan": "action plan",
      evaluation: "evaluation",
      "development-project": "development project",
      "milestone-schedule": "milestone schedule",
      questionnaire: "questionnaire",
      "mapping-response": "mapping response",
      "municipal-report": "municipal report",
      unknown: "unknown document kind",
    },
  },
};

/** "a, b or c" in the language. */
export function listOf(values: readonly string[], locale: Locale): string {
  const or = locale === "en" ? "or" : "eller";
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} ${or} ${values.at(-1) ?? ""}`;
}

/** A decimal number as the language writes it (a comma in Norwegian). */
export function decimal(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits);
  return locale === "en" ? text : text.replace(".", ",");
}
