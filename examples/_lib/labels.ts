// Words the example scripts print for the library's enum values that the package has no table for
// (deadline kinds, why a deadline was not read, series breaks), in each locale. Statuses, stages,
// results and severities come from the package itself (planStatusLabels, severityLabels, ...), so a
// status reads the same in the examples, the playground and an app. The data keeps its tokens.
import type { Deadline, Locale, LocalizedText, ParseDeadlineFailure, SeriesBreak } from "samhandling";

type Labels<T extends string> = Readonly<Record<T, LocalizedText>>;

export const deadlineKindLabels: Labels<Deadline["kind"]> = {
  date: { nb: "dato", nn: "dato", en: "date" },
  month: { nb: "måned", nn: "månad", en: "month" },
  year: { nb: "år", nn: "år", en: "year" },
  range: { nb: "periode", nn: "periode", en: "range" },
  recurrence: { nb: "gjentakende", nn: "gjentakande", en: "recurrence" },
};

export const deadlineFailureLabels: Labels<ParseDeadlineFailure> = {
  empty: { nb: "tom tekst", nn: "tom tekst", en: "empty" },
  unrecognized: { nb: "ingen kjent form", nn: "inga kjend form", en: "unrecognized" },
  "invalid-date": { nb: "datoen finnes ikke", nn: "datoen finst ikkje", en: "invalid date" },
  "reversed-range": { nb: "perioden slutter før den begynner", nn: "perioden sluttar før han byrjar", en: "reversed range" },
  vague: { nb: "for vag", nn: "for vag", en: "vague" },
  season: { nb: "årstid", nn: "årstid", en: "season" },
  "week-without-year": { nb: "uke uten år", nn: "veke utan år", en: "week without a year" },
};

/** Why a report series breaks before a year (brudd i tidsserien). */
export const seriesBreakLabels: Labels<SeriesBreak> = {
  "merged-survey-2015": { nb: "sammenslått skjema 2015", nn: "samanslått skjema 2015", en: "merged survey 2015" },
  "reform-and-pandemic-2020": { nb: "reform og pandemi 2020", nn: "reform og pandemi 2020", en: "reform and pandemic 2020" },
  "categories-changed-2024": { nb: "nye kategorier 2024", nn: "nye kategoriar 2024", en: "categories changed 2024" },
  "separate-forms-2025": { nb: "egne skjema 2025", nn: "eigne skjema 2025", en: "separate forms 2025" },
};

/** A number with one decimal, with a decimal comma in bokmål and nynorsk. */
export function oneDecimal(value: number, locale: Locale): string {
  const text = value.toFixed(1);
  return locale === "en" ? text : text.replace(".", ",");
}

type AnyLabels = Readonly<Record<string, LocalizedText>>;

/** A value in words of the locale; a value the table does not know is printed as it is. */
export function label(labels: AnyLabels, value: string, locale: Locale): string {
  return Object.hasOwn(labels, value) ? (labels[value]?.[locale] ?? value) : value;
}

/** Counts by status as "aktive 2, nådd 1": each status in words of the locale. */
export function countsByStatus(counts: Readonly<Record<string, number>>, labels: AnyLabels, locale: Locale): string {
  return Object.entries(counts).map(([status, count]) => `${label(labels, status, locale)} ${count}`).join(", ");
}
