// Internal: our own words for zod's issues, one language at a time. zod's locales mix languages
// ("Ugyldig input: forventet string, fikk tall"); these name types and formats in the caller's
// locale. The value itself is never quoted: it is the record's, and may be health data.
import type * as z from "zod";
import type { Locale } from "../core/locale.js";

type ErrorMap = z.core.$ZodErrorMap;
type Words = Readonly<Record<string, string>>;

interface IssueWords {
  readonly types: Words;
  readonly formats: Words;
  readonly units: Words;
  readonly expected: (what: string, got: string) => string;
  readonly missing: (what: string) => string;
  readonly oneOf: (values: string) => string;
  readonly format: (format: string) => string;
  readonly atLeast: (limit: string, unit: string, exact: boolean) => string;
  readonly atMost: (limit: string, unit: string, exact: boolean) => string;
  readonly earliest: (limit: string) => string;
  readonly latest: (limit: string) => string;
  readonly multipleOf: (divisor: string) => string;
  readonly keys: (keys: string) => string;
  readonly noForm: string;
  readonly discriminator: (field: string, values: string) => string;
  readonly invalid: string;
  readonly quote: (value: string) => string;
}

const WORDS: Readonly<Record<Locale, IssueWords>> = {
  nb: {
    types: { string: "tekst", number: "tall", int: "heltall", bigint: "heltall", boolean: "sann eller usann", object: "objekt", array: "liste", null: "null", date: "dato", nan: "ikke et tall", function: "funksjon", symbol: "symbol", map: "oppslag", set: "mengde", record: "objekt", tuple: "liste" },
    formats: { date: "dato (ÅÅÅÅ-MM-DD)", datetime: "tidspunkt (ISO 8601)", time: "klokkeslett", duration: "varighet (ISO 8601)", email: "e-postadresse", url: "nettadresse", uuid: "UUID", regex: "det tillatte mønsteret", starts_with: "riktig begynnelse", ends_with: "riktig slutt", includes: "riktig innhold", lowercase: "små bokstaver", uppercase: "store bokstaver" },
    units: { string: "tegn", array: "elementer", set: "elementer", file: "byte" },
    expected: (what, got) => `forventet ${what}, fikk ${got}`,
    missing: (what) => `forventet ${what}, men feltet mangler`,
    oneOf: (values) => `forventet en av ${values}`,
    format: (format) => `forventet ${format}`,
    atLeast: (limit, unit, exact) => `${exact ? "må være nøyaktig" : "må være minst"} ${limit}${unit === "" ? "" : ` ${unit}`}`,
    atMost: (limit, unit, exact) => `${exact ? "må være nøyaktig" : "kan være høyst"} ${limit}${unit === "" ? "" : ` ${unit}`}`,
    earliest: (limit) => `tidligst ${limit}`,
    latest: (limit) => `senest ${limit}`,
    multipleOf: (divisor) => `må gå opp i ${divisor}`,
    keys: (keys) => keys,
    noForm: "passer ikke med noen av de tillatte formene",
    discriminator: (field, values) => `feltet ${field} må være en av ${values}`,
    invalid: "ugyldig verdi",
    quote: (value) => `«${value}»`,
  },
  nn: {
    types: { string: "tekst", number: "tal", int: "heiltal", bigint: "heiltal", boolean: "sann eller usann", object: "objekt", array: "liste", null: "null", date: "dato", nan: "ikkje eit tal", function: "funksjon", symbol: "symbol", map: "oppslag", set: "mengd", record: "objekt", tuple: "liste" },
    formats: { date: "dato (ÅÅÅÅ-MM-DD)", datetime: "tidspunkt (ISO 8601)", time: "klokkeslett", duration: "varigheit (ISO 8601)", email: "e-postadresse", url: "nettadresse", uuid: "UUID", regex: "det tillatne mønsteret", starts_with: "rett byrjing", ends_with: "rett slutt", includes: "rett innhald", lowercase: "små bokstavar", uppercase: "store bokstavar" },
    units: { string: "teikn", array: "element", set: "element", file: "byte" },
    expected: (what, got) => `venta ${what}, fekk ${got}`,
    missing: (what) => `venta ${what}, men feltet manglar`,
    oneOf: (values) => `venta ein av ${values}`,
    format: (format) => `venta ${format}`,
    atLeast: (limit, unit, exact) => `${exact ? "må vere nøyaktig" : "må vere minst"} ${limit}${unit === "" ? "" : ` ${unit}`}`,
    atMost: (limit, unit, exact) => `${exact ? "må vere nøyaktig" : "kan vere høgst"} ${limit}${unit === "" ? "" : ` ${unit}`}`,
    earliest: (limit) => `tidlegast ${limit}`,
    latest: (limit) => `seinast ${limit}`,
    multipleOf: (divisor) => `må gå opp i ${divisor}`,
    keys: (keys) => keys,
    noForm: "passar ikkje med nokon av dei tillatne formene",
    discriminator: (field, values) => `feltet ${field} må vere ein av ${values}`,
    invalid: "ugyldig verdi",
    quote: (value) => `«${value}»`,
  },
  en: {
    types: { string: "text", number: "a number", int: "a whole number", bigint: "a whole number", boolean: "true or false", object: "an object", array: "a list", null: "null", date: "a date", nan: "not a number", function: "a function", symbol: "a symbol", map: "a map", set: "a set", record: "an object", tuple: "a list" },
    formats: { date: "a date (YYYY-MM-DD)", datetime: "a date and time (ISO 8601)", time: "a time of day", duration: "a duration (ISO 8601)", email: "an email address", url: "a web address", uuid: "a UUID", regex: "the allowed pattern", starts_with: "the right beginning", ends_with: "the right ending", includes: "the right content", lowercase: "lower case", uppercase: "upper case" },
    units: { string: "characters", array: "items", set: "items", file: "bytes" },
    expected: (what, got) => `expected ${what}, received ${got}`,
    missing: (what) => `expected ${what}, but the field is missing`,
    oneOf: (values) => `expected one of ${values}`,
    format: (format) => `expected ${format}`,
    atLeast: (limit, unit, exact) => `${exact ? "must be exactly" : "must be at least"} ${limit}${unit === "" ? "" : ` ${unit}`}`,
    atMost: (limit, unit, exact) => `${exact ? "must be exactly" : "may be at most"} ${limit}${unit === "" ? "" : ` ${unit}`}`,
    earliest: (limit) => `${limit} at the earliest`,
    latest: (limit) => `${limit} at the latest`,
    multipleOf: (divisor) => `must be a multiple of ${divisor}`,
    keys: (keys) => keys,
    noForm: "matches none of the allowed forms",
    discriminator: (field, values) => `the field ${field} must be one of ${values}`,
    invalid: "invalid value",
    quote: (value) => `"${value}"`,
  },
};

/** The type of a value in zod's terms (`array`, `null`, `nan` ...), never the value itself. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "nan" : "number";
  if (value instanceof Date) return "date";
  return typeof value;
}

const listed = (values: readonly unknown[], words: IssueWords): string =>
  values.map((value) => (typeof value === "string" ? words.quote(value) : String(value))).join(", ");

/** One issue in words of the locale. */
function issueText(issue: z.core.$ZodRawIssue, words: IssueWords): string {
  const type = (name: string): string => words.types[name] ?? name;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? words.missing(type(issue.expected)) : words.expected(type(issue.expected), type(typeOf(issue.input)));
    case "invalid_value":
      return words.oneOf(listed(issue.values, words));
    case "invalid_format":
      return words.format(words.formats[issue.format] ?? issue.format);
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      if (issue.origin === "date") {
        const day = new Date(Number(limit)).toISOString().slice(0, 10);
        return issue.code === "too_small" ? words.earliest(day) : words.latest(day);
      }
      const unit = Object.hasOwn(words.units, issue.origin) ? (words.units[issue.origin] ?? "") : "";
      // An exclusive bound on a number reads as the next whole step only for integers; say it as zod meant it.
      const shown = issue.inclusive === false && typeof limit === "number" ? `${issue.code === "too_small" ? ">" : "<"} ${limit}` : String(limit);
      return issue.code === "too_small" ? words.atLeast(shown, unit, issue.exact === true) : words.atMost(shown, unit, issue.exact === true);
    }
    case "not_multiple_of":
      return words.multipleOf(String(issue.divisor));
    case "unrecognized_keys":
      return words.keys(issue.keys.join(", "));
    case "invalid_union": {
      const options: unknown = issue.options;
      return typeof issue.discriminator === "string" && Array.isArray(options) && options.length > 0
        ? words.discriminator(issue.discriminator, listed(options, words))
        : words.noForm;
    }
    default:
      return words.invalid;
  }
}

const errorMaps: Partial<Record<Locale, ErrorMap>> = {};

/** Our error map for a locale, made once on first use and passed to each parse, never through `z.config()`. */
export function zodErrorMap(locale: Locale): ErrorMap {
  const made = errorMaps[locale];
  if (made !== undefined) return made;
  const words = WORDS[locale];
  const map: ErrorMap = (issue) => issueText(issue, words);
  errorMaps[locale] = map;
  return map;
}
