/**
 * More word tables for `parseDeadline`: weeks, parts of a month, the words of text that is refused
 * on purpose (vague times, seasons), and activity nouns before a frequency. Keys are lowercase,
 * NFC-normalised and without a trailing dot, as in `_deadline-words.ts`. Internal: not exported
 * from the package.
 *
 * @module
 */

/**
 * Labels before a deadline that do not change it: "Frist: 31.01.2013", "Tidsfrist 15.11.2012".
 *
 * @example
 * LABELS[0]
 * //=> ["frist"]
 */
export const LABELS: readonly (readonly string[])[] = [["frist"], ["fristen"], ["tidsfrist"], ["tidsfristen"]];

/**
 * Words for an ISO week (uke; nynorsk veke): "innen uke 12 2013", "veke 12".
 *
 * @example
 * WEEK_WORDS.has("veke")
 * //=> true
 */
export const WEEK_WORDS: ReadonlySet<string> = new Set(["uke", "uka", "veke", "veka"]);

/**
 * Parts of a month from trade usage: primo (early: by the 10th), medio (the middle: the 15th),
 * ultimo (the end: by the month's last day).
 *
 * @example
 * MONTH_PARTS.get("ultimo")
 * //=> "end"
 */
export const MONTH_PARTS: ReadonlyMap<string, "early" | "middle" | "end"> = new Map([
  ["primo", "early"],
  ["medio", "middle"],
  ["ultimo", "end"],
]);

/**
 * Whole texts that give no time at all: "snarest", "løpende", "ved behov". Refused as `vague`.
 *
 * @example
 * VAGUE_PHRASES.has("ved behov")
 * //=> true
 */
export const VAGUE_PHRASES: ReadonlySet<string> = new Set([
  "snarest", "snarast", "snarest mulig", "snarast mogleg", "snarast mulig", "så snart som mulig",
  "så snart som mogleg", "så fort som mulig", "så fort som mogleg", "straks", "umiddelbart", "asap",
  "løpende", "løpande", "fortløpende", "fortløpande", "kontinuerlig", "kontinuerleg", "pågående",
  "pågåande", "ved behov", "etter behov", "ved trong", "etter avtale", "når det passer", "når det passar",
  "hele året", "heile året", "underveis", "i prosjektperioden", "i planperioden",
]);

/**
 * Single words that make a text vague wherever they stand: "snarest mulig", "ved behov".
 *
 * @example
 * VAGUE_WORDS.has("behov")
 * //=> true
 */
export const VAGUE_WORDS: ReadonlySet<string> = new Set([
  "snarest", "snarast", "straks", "umiddelbart", "asap", "løpende", "løpande", "fortløpende", "fortløpande",
  "kontinuerlig", "kontinuerleg", "pågående", "pågåande", "behov", "trong", "underveis",
]);

/**
 * Seasons and holidays (årstider, høytider), written alone or before a year: "våren 2013",
 * "høsten 2013", "sommer", "før jul". Refused as `season`: they name no day to be late after.
 *
 * @example
 * SEASON_WORDS.has("hausten")
 * //=> true
 */
export const SEASON_WORDS: ReadonlySet<string> = new Set([
  "vår", "våren", "sommer", "sommeren", "sommar", "sommaren", "høst", "høsten", "haust", "hausten",
  "vinter", "vinteren", "jul", "julen", "jula", "påske", "påsken", "påska", "sommerferien",
  "sommarferien", "juleferien", "høstferien", "haustferien", "vinterferien", "påskeferien",
]);

/**
 * Activity nouns that may open a frequency without changing it: "Regelmessig opplæring minimum
 * 1 gang pr. ½ år", "oppfølging to ganger i måneden".
 *
 * @example
 * ACTIVITY_WORDS.some((words) => words[0] === "opplæring")
 * //=> true
 */
export const ACTIVITY_WORDS: readonly (readonly string[])[] = [
  ["opplæring"], ["opplæringa"], ["opplæringen"], ["undervisning"], ["kurs"], ["veiledning"],
  ["rettleiing"], ["evaluering"], ["evalueringa"], ["evalueringen"], ["oppfølging"], ["oppfylging"],
  ["revisjon"], ["rapportering"], ["gjennomgang"], ["kontroll"], ["samtale"], ["samtaler"], ["samtalar"],
  ["ansvarsgruppemøte"], ["ansvarsgruppemøter"], ["nettverksmøte"], ["nettverksmøter"],
];

/**
 * Words after a date that open a time of day: "15.11.2012 kl. 12:00".
 *
 * @example
 * CLOCK_WORDS.has("kl")
 * //=> true
 */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(["kl", "klokka", "klokken"]);
