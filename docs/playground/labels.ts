// The page's own words, in bokmål, nynorsk and English: one language at a time, as the findings.
// Statuses, stages, severities and kind names are the package's own (planStatusLabels,
// severityLabels, documentKindLabels, ...), so the page says them as an app and the examples do.
import type { Locale, LocalizedText } from "samhandling";

const WORDS = {
  title: { nb: "Prøv samhandling", nn: "Prøv samhandling", en: "Try samhandling" },
  intro: {
    nb: "Lim inn eller slipp et dokument (JSON, ett dokument eller en liste). Alt kjøres i nettleseren.",
    nn: "Lim inn eller slepp eit dokument (JSON, eitt dokument eller ei liste). Alt køyrer i nettlesaren.",
    en: "Paste or drop a document (JSON, one document or a list). Everything runs in your browser.",
  },
  document: { nb: "Dokument", nn: "Dokument", en: "Document" },
  loadExample: { nb: "Last inn eksempel", nn: "Last inn døme", en: "Load example" },
  chooseExample: { nb: "– velg –", nn: "– vel –", en: "– choose –" },
  openFile: { nb: "Åpne fil", nn: "Opne fil", en: "Open file" },
  today: { nb: "Dagens dato", nn: "Dagens dato", en: "Today" },
  locale: { nb: "Språk", nn: "Språk", en: "Language" },
  dropHint: { nb: "Slipp en JSON-fil her", nn: "Slepp ei JSON-fil her", en: "Drop a JSON file here" },
  summary: { nb: "Sammendrag", nn: "Samandrag", en: "Summary" },
  findings: { nb: "Funn", nn: "Funn", en: "Findings" },
  noFindings: { nb: "Ingen funn.", nn: "Ingen funn.", en: "No findings." },
  empty: { nb: "Lim inn et dokument for å se funnene.", nn: "Lim inn eit dokument for å sjå funna.", en: "Paste a document to see its findings." },
  notJson: { nb: "Ikke gyldig JSON", nn: "Ikkje gyldig JSON", en: "Not valid JSON" },
  badToday: { nb: "Velg en gyldig dato.", nn: "Vel ein gyldig dato.", en: "Choose a valid date." },
  code: { nb: "Kode", nn: "Kode", en: "Code" },
  severity: { nb: "Alvorlighet", nn: "Alvorsgrad", en: "Severity" },
  path: { nb: "Sti", nn: "Sti", en: "Path" },
  message: { nb: "Melding", nn: "Melding", en: "Message" },
  basis: { nb: "Grunnlag", nn: "Grunnlag", en: "Basis" },
  documents: { nb: "Dokumenter", nn: "Dokument", en: "Documents" },
  kind: { nb: "Type", nn: "Type", en: "Kind" },
  unknownKind: { nb: "ukjent type", nn: "ukjend type", en: "unknown kind" },
  errors: { nb: "Feil", nn: "Feil", en: "Errors" },
  warnings: { nb: "Advarsler", nn: "Åtvaringar", en: "Warnings" },
  infos: { nb: "Info", nn: "Info", en: "Info" },
  noSummary: {
    nb: "Dokumentet følger ikke skjemaet, så det har ikke noe sammendrag.",
    nn: "Dokumentet følgjer ikkje skjemaet, så det har ikkje noko samandrag.",
    en: "The document does not follow the schema, so it has no summary.",
  },
  status: { nb: "Status", nn: "Status", en: "Status" },
  goals: { nb: "Mål", nn: "Mål", en: "Goals" },
  measures: { nb: "Tiltak", nn: "Tiltak", en: "Measures" },
  overdue: { nb: "Forfalt", nn: "Forfalle", en: "Overdue" },
  dueSoon: { nb: "Forfaller snart", nn: "Forfell snart", en: "Due soon" },
  upcoming: { nb: "Kommende", nn: "Kommande", en: "Upcoming" },
  undated: { nb: "Uten frist", nn: "Utan frist", en: "No deadline" },
  nextRevision: { nb: "Neste revisjon", nn: "Neste revisjon", en: "Next revision" },
  revisionOverdue: { nb: "Revisjon forfalt", nn: "Revisjon forfallen", en: "Revision overdue" },
  consentToPlan: { nb: "Samtykke til plan", nn: "Samtykke til plan", en: "Consent to the plan" },
  participants: { nb: "Deltakere", nn: "Deltakarar", en: "Participants" },
  meetingsHeld: { nb: "Møter holdt", nn: "Møte haldne", en: "Meetings held" },
  yes: { nb: "ja", nn: "ja", en: "yes" },
  no: { nb: "nei", nn: "nei", en: "no" },
  rows: { nb: "Rader", nn: "Rader", en: "Rows" },
  milestones: { nb: "Milepæler", nn: "Milepælar", en: "Milestones" },
  stage: { nb: "Fase", nn: "Fase", en: "Stage" },
  weakAreas: { nb: "Svake områder", nn: "Svake område", en: "Weak areas" },
  addressed: { nb: "fulgt opp", nn: "følgde opp", en: "addressed" },
  respondents: { nb: "Kommuner som svarte", nn: "Kommunar som svarte", en: "Municipalities that answered" },
  items: { nb: "Spørsmål", nn: "Spørsmål", en: "Questions" },
  openCases: { nb: "Åpne saker", nn: "Opne saker", en: "Open cases" },
  workItems: { nb: "Oppgaver", nn: "Oppgåver", en: "Work items" },
  reports: { nb: "Rapporter", nn: "Rapportar", en: "Reports" },
  series: { nb: "Fylker", nn: "Fylke", en: "Counties" },
  timeline: { nb: "Tidslinje", nn: "Tidsline", en: "Timeline" },
  todayLine: { nb: "i dag", nn: "i dag", en: "today" },
  chart: { nb: "Årsverk per fylke", nn: "Årsverk per fylke", en: "Full-time equivalents by county" },
  year: { nb: "År", nn: "År", en: "Year" },
  fte: { nb: "Årsverk", nn: "Årsverk", en: "Full-time equivalents" },
  total: { nb: "I alt", nn: "I alt", en: "Total" },
  overdueMark: { nb: "forfalt", nn: "forfalle", en: "overdue" },
} as const satisfies Record<string, Readonly<Record<Locale, string>>>;

/** A word of the page. */
export type Word = keyof typeof WORDS;

/** The page's word in the locale. */
export function word(key: Word, locale: Locale): string {
  return WORDS[key][locale];
}

/** Whether a `data-word` key of the page is one of its words. */
export function isWord(value: string): value is Word {
  return Object.hasOwn(WORDS, value);
}

/** A label for a heading: a word of the page, or one of the package's labels, with a capital first letter. */
export function heading(label: Word | LocalizedText, locale: Locale): string {
  const text = typeof label === "string" ? word(label, locale) : label[locale];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A number as the locale writes it. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "nb-NO", { maximumFractionDigits: 1 }).format(value);
}
