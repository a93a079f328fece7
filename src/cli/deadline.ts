// `samhandling deadline "TEXT"`: reads a deadline as written in a plan and writes it out in words.
import { describeDeadline } from "../core/dates/describe-deadline.js";
import { type ParseDeadlineFailure, parseDeadline } from "../core/dates/parse-deadline.js";
import type { Locale } from "../core/locale.js";
import { readArgs, readChoice } from "./args.js";
import { type CliCommand, type CliContext, usageFailure, writeLine } from "./io.js";
import { COMMON_TEXT } from "./text.js";

const TEXT: Readonly<Record<Locale, {
  readonly summary: string;
  readonly usage: string;
  readonly noText: string;
  readonly badYear: (value: string) => string;
  readonly read: string;
  readonly notRead: string;
  readonly reasons: Readonly<Record<ParseDeadlineFailure, string>>;
}>> = {
  nb: {
    summary: "leser en frist slik den er skrevet i en plan",
    usage: 'samhandling deadline "TEKST" [--year ÅÅÅÅ] [--format text|json] [--locale nb|nn|en]\n\n  Utgangskode: 0 fristen er lest, 1 den kan ikke leses, 2 feil i bruk.',
    noText: "oppgi fristen som tekst, for eksempel \"innen utgangen av mars 2026\".",
    badYear: (value) => `--year må være et årstall fra 1900 til 2100, ikke «${value}».`,
    read: "Frist",
    notRead: "Fristen kan ikke leses",
    reasons: {
      empty: "teksten er tom",
      unrecognized: "ingen kjent form",
      "invalid-date": "datoen finnes ikke",
      "reversed-range": "perioden slutter før den begynner",
      vague: "for vag (for eksempel «snarest»)",
      season: "en årstid er ingen frist",
      "week-without-year": "uke uten år (bruk --year)",
    },
  },
  nn: {
    summary: "les ein frist slik han er skriven i ein plan",
    usage: 'samhandling deadline "TEKST" [--year ÅÅÅÅ] [--format text|json] [--locale nb|nn|en]\n\n  Utgangskode: 0 fristen er lesen, 1 han kan ikkje lesast, 2 feil i bruk.',
    noText: "gje opp fristen som tekst, til dømes \"innan utgangen av mars 2026\".",
    badYear: (value) => `--year må vere eit årstal frå 1900 til 2100, ikkje «${value}».`,
    read: "Frist",
    notRead: "Fristen kan ikkje lesast",
    reasons: {
      empty: "teksten er tom",
      unrecognized: "inga kjend form",
      "invalid-date": "datoen finst ikkje",
      "reversed-range": "perioden sluttar før han byrjar",
      vague: "for vag (til dømes «snarast»)",
      season: "ei årstid er ingen frist",
      "week-without-year": "veke utan år (bruk --year)",
    },
  },
  en: {
    summary: "reads a deadline as written in a plan",
    usage: 'samhandling deadline "TEXT" [--year YYYY] [--format text|json] [--locale nb|nn|en]\n\n  Exit code: 0 the deadline was read, 1 it cannot be read, 2 a usage error.',
    noText: "give the deadline as text, for example \"innen utgangen av mars 2026\".",
    badYear: (value) => `--year must be a year from 1900 to 2100, not “${value}”.`,
    read: "Deadline",
    notRead: "The deadline cannot be read",
    reasons: {
      empty: "the text is empty",
      unrecognized: "no known form",
      "invalid-date": "the date does not exist",
      "reversed-range": "the range ends before it starts",
      vague: "too vague (such as “snarest”)",
      season: "a season is no deadline",
      "week-without-year": "a week without a year (use --year)",
    },
  },
};

/** The deadline subcommand. */
export const deadlineCommand: CliCommand = {
  name: "deadline",
  summary: { nb: TEXT.nb.summary, nn: TEXT.nn.summary, en: TEXT.en.summary },
  run: runDeadline,
};

async function runDeadline(args: readonly string[], context: CliContext): Promise<number> {
  const { io, locale } = context;
  const text = TEXT[locale];
  const parsed = await readArgs(args, { year: { type: "string" }, format: { type: "string" } }, context, true);
  if (!parsed.ok) return parsed.exitCode;
  if (parsed.values["help"] === true) {
    await writeLine(io.stdout, `${COMMON_TEXT[locale].usage}: ${text.usage}`);
    return 0;
  }
  const format = await readChoice(parsed.values["format"], "--format", ["text", "json"] as const, "text", context);
  if (format === undefined) return 2;
  const year = parsed.values["year"];
  const referenceYear = typeof year === "string" ? Number(year) : undefined;
  if (typeof year === "string" && !(/^\d{4}$/.test(year) && referenceYear !== undefined && referenceYear >= 1900 && referenceYear <= 2100)) {
    return usageFailure(context, text.badYear(year));
  }
  if (parsed.positionals.length === 0) return usageFailure(context, text.noText);
  // The words may come as one argument or several (an unquoted deadline).
  const deadlineText = parsed.positionals.join(" ");
  const result = parseDeadline(deadlineText, referenceYear === undefined ? undefined : { referenceYear });
  if (format === "json") {
    const record = result.ok ? { ok: true, deadline: result.deadline, text: describeDeadline(result.deadline, locale) } : { ok: false, reason: result.reason };
    await writeLine(io.stdout, JSON.stringify(record));
  } else if (result.ok) {
    await writeLine(io.stdout, `${text.read}: ${describeDeadline(result.deadline, locale)}\n${JSON.stringify(result.deadline)}`);
  } else {
    await writeLine(io.stdout, `${text.notRead}: ${text.reasons[result.reason]}`);
  }
  return result.ok ? 0 : 1;
}
