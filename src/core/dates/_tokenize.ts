/**
 * Text to clauses of words for `parseDeadline`: normalising, splitting into tokens and clauses, and
 * mending a year split by line wrapping. Internal: not exported from the package.
 *
 * @module
 */
import { ABBREVIATIONS } from "./_deadline-words.js";
import { CLOCK_WORDS } from "./_more-deadline-words.js";
import { DAY_MONTH, ISO_DATE, type Tokens } from "./_parse-point.js";

// Anchored, with bounded quantifiers only: each runs in linear time on any token.
const SHORT_NUMBER = /^\d{1,2}$/;
const STARTS_WITH_LETTER = /^\p{L}/u;
const LETTERS = /^\p{L}+$/u;
/** "15/11-12", "15.11-2012": a date with a hyphen before its year, kept whole by the tokenizer. */
const HYPHEN_YEAR_DATE = /^\d{1,2}[./]\d{1,2}-(?:\d{2}|\d{4})$/;
/** "15.11.20" before "12": a date whose year was wrapped onto the next line. */
const CENTURY_ONLY_DATE = /^(\d{1,2}[./]\d{1,2}[./])(19|20)$/;
const TWO_DIGITS = /^(\d{2})\.?$/;

/**
 * Lowercase, dashes to "-", "½" to "1/2", "1.mai" to "1. mai", "pr.år" to "pr. år", "Frist:" to
 * "frist", one space, no trailing dots.
 */
export function normalize(text: string): string {
  const spaced = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/½/gu, " 1/2 ")
    .replace(/(\d)\.(?=\p{L})/gu, "$1. ")
    .replace(/(\p{L})\.(?=[\p{L}\d])/gu, "$1. ")
    .replace(/(\p{L}):/gu, "$1 ")
    .replace(/\s+/gu, " ");
  let end = spaced.length;
  while (end > 0 && (spaced[end - 1] === "." || spaced[end - 1] === " ")) end -= 1;
  return spaced.slice(0, end).trimStart();
}

/** Words split at spaces, with "-" a token of its own except inside a date ("2012-11-15", "15/11-12"). */
export function tokenize(text: string): string[] {
  if (text === "") return [];
  return text.split(" ").flatMap((word) =>
    ISO_DATE.test(word) || HYPHEN_YEAR_DATE.test(word)
      ? [word]
      : word
          .split("-")
          .flatMap((part, index) => (index === 0 ? [part] : ["-", part]))
          .filter((token) => token !== ""),
  );
}

/**
 * Clauses end at "," or ";", and at a dot before a word ("Eit møte pr. år. Innan 1. mai kvart år"),
 * unless the dot ends an abbreviation ("pr.") or an ordinal ("1. mai").
 */
export function splitClauses(tokens: Tokens): string[][] {
  const clauses: string[][] = [[]];
  tokens.forEach((token, index) => {
    const current = clauses[clauses.length - 1] ?? [];
    const comma = trimEnd(token, ",;");
    const body = trimEnd(comma, ".");
    const next = tokens[index + 1] ?? "";
    const endsSentence =
      comma.endsWith(".") &&
      body !== "" &&
      STARTS_WITH_LETTER.test(next) &&
      (LETTERS.test(body) ? !ABBREVIATIONS.has(body) : !SHORT_NUMBER.test(body) && !DAY_MONTH.test(body));
    if (comma !== token || endsSentence) {
      if (body !== "") current.push(body);
      clauses.push([]);
    } else if (body !== "") {
      // "pr." and "jan." lose their dot; "1." keeps it, as it marks a day or an ordinal.
      current.push(LETTERS.test(body) ? body : comma);
    }
  });
  return clauses.filter((clause) => clause.length > 0);
}

function trimEnd(token: string, characters: string): string {
  let end = token.length;
  while (end > 0 && characters.includes(token[end - 1] ?? "")) end -= 1;
  return token.slice(0, end);
}

/**
 * "15.11.20 12" to "15.11.2012": a year split by line wrapping, as the seed's action plan prints it.
 * Joined only where nothing else can be meant: two digits right after a date ending in 19 or 20,
 * then the clause's end, a span's "-" or "til", or a time of day.
 */
export function joinWrappedYears(tokens: Tokens): Tokens {
  const joined: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? "";
    const date = CENTURY_ONLY_DATE.exec(token);
    const digits = TWO_DIGITS.exec(tokens[index + 1] ?? "");
    const after = tokens[index + 2];
    const ends = after === undefined || after === "-" || after === "til" || CLOCK_WORDS.has(after);
    if (date && digits && ends) {
      joined.push(`${date[1]}${date[2]}${digits[1]}`);
      index += 1;
    } else {
      joined.push(token);
    }
  }
  return joined;
}
