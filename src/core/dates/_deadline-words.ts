/**
 * Word tables for `parseDeadline`: how deadlines are written in Norwegian plans, bokmål and
 * nynorsk. Every key is lowercase, NFC-normalised and without a trailing dot, because the parser
 * normalises the text that way before looking words up. Internal: not exported from the package.
 *
 * @module
 */
/**
 * A span a frequency is counted in: "i året", "pr. halvår", "hver måned", "kvar veke", "hver 14. dag".
 *
 * @example
 * const period: Period = "half-year"; // "halvår", "½ år"
 */
export type Period = "year" | "half-year" | "quarter" | "month" | "week" | "day";

/**
 * Month names (månadsnamn) and their common abbreviations, to the month number 1-12.
 * Bokmål and nynorsk spell the month names alike.
 *
 * @example
 * MONTH_NAMES.get("mars")
 * //=> 3
 * MONTH_NAMES.get("sept")
 * //=> 9
 */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ["januar", 1], ["jan", 1],
  ["februar", 2], ["feb", 2], ["febr", 2],
  ["mars", 3], ["mar", 3],
  ["april", 4], ["apr", 4],
  ["mai", 5],
  ["juni", 6], ["jun", 6],
  ["juli", 7], ["jul", 7],
  ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9],
  ["oktober", 10], ["okt", 10],
  ["november", 11], ["nov", 11],
  ["desember", 12], ["des", 12],
]);

/**
 * Cardinal number words (talord) from one to twelve, bokmål and nynorsk: "to gongar i året".
 *
 * @example
 * NUMBER_WORDS.get("eit")
 * //=> 1
 * NUMBER_WORDS.get("sju")
 * //=> 7
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["en", 1], ["ein", 1], ["ei", 1], ["ett", 1], ["eitt", 1], ["eit", 1], ["én", 1],
  ["to", 2], ["tre", 3], ["fire", 4], ["fem", 5], ["seks", 6], ["sju", 7], ["syv", 7],
  ["åtte", 8], ["ni", 9], ["ti", 10], ["elleve", 11], ["tolv", 12],
]);

/**
 * Ordinal words (ordenstal) from first to twelfth, and fourteenth: "første kvartal", "hver tredje måned",
 * "hver fjortende dag",
 * "annenhver"/"hver annen uke" (annen = second, i.e. every other).
 *
 * @example
 * ORDINAL_WORDS.get("fyrste")
 * //=> 1
 * ORDINAL_WORDS.get("annen")
 * //=> 2
 */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["første", 1], ["fyrste", 1],
  ["andre", 2], ["annen", 2], ["annet", 2], ["anna", 2],
  ["tredje", 3], ["fjerde", 4], ["femte", 5], ["sjette", 6],
  ["sjuende", 7], ["syvende", 7], ["sjuande", 7],
  ["åttende", 8], ["åttande", 8], ["niende", 9], ["niande", 9],
  ["tiende", 10], ["tiande", 10], ["ellevte", 11], ["tolvte", 12], ["fjortende", 14], ["fjortande", 14],
]);

/**
 * Words that open a one-off deadline and do not change it: "innen 15.11.2012", "innan utgangen av
 * mars 2013", "i løpet av 2013". Longest first, so "innen utgangen av" wins over "innen".
 *
 * @example
 * DEADLINE_PREFIXES[0]
 * //=> ["innen", "utgangen", "av"]
 */
export const DEADLINE_PREFIXES: readonly (readonly string[])[] = [
  ["innen", "utgangen", "av"],
  ["innan", "utgangen", "av"],
  ["ved", "utgangen", "av"],
  ["i", "løpet", "av"],
  ["innen"], ["innan"], ["senest"], ["seinast"], ["før"], ["ila"],
];

/**
 * Words before a frequency that do not change it: "kontinuerleg to gongar i året",
 * "minimum 1 gang pr. ½ år". A minimum frequency is read as the frequency.
 *
 * @example
 * FREQUENCY_PREFIXES.some((words) => words[0] === "minst")
 * //=> true
 */
export const FREQUENCY_PREFIXES: readonly (readonly string[])[] = [
  ["kontinuerlig"], ["kontinuerleg"], ["løpende"], ["løpande"], ["fortløpende"], ["fortløpande"],
  ["regelmessig"], ["minimum"], ["minst"], ["min"],
];

/**
 * Nouns that count occurrences in "to ganger i året", "eit møte pr. år", "fire samlingar i året".
 *
 * @example
 * OCCASION_WORDS.has("gongar")
 * //=> true
 */
export const OCCASION_WORDS: ReadonlySet<string> = new Set([
  "gang", "ganger", "gangen", "gangar", "gong", "gonger", "gongar", "gongen",
  "møte", "møter", "samling", "samlinger", "samlingar",
]);

/**
 * Words for "per" between a count and its period: "i året", "pr. år", "per halvår", "om året".
 *
 * @example
 * PER_WORDS.has("pr")
 * //=> true
 */
export const PER_WORDS: ReadonlySet<string> = new Set(["i", "pr", "per", "om"]);

/**
 * Words for "each" (hver, hvert; nynorsk kvar, kvart): "hvert år", "kvar veke", "hver 3. måned".
 *
 * @example
 * EACH_WORDS.has("kvart")
 * //=> true
 */
export const EACH_WORDS: ReadonlySet<string> = new Set(["hver", "hvert", "kvar", "kvart"]);

/**
 * One-word "every other" (annenhver; nynorsk annakvar): "annenhver uke", "annakvar veke".
 *
 * @example
 * EVERY_OTHER_WORDS.has("annakvar")
 * //=> true
 */
export const EVERY_OTHER_WORDS: ReadonlySet<string> = new Set([
  "annenhver", "annenhvert", "annakvar", "annakvart", "annankvar", "annankvart",
]);

/**
 * Period nouns, one or more words joined by a space, to their {@link Period}; a semester is read as a
 * calendar half-year. "kvart år" is left
 * out on purpose: after "pr." it means a quarter year in bokmål, alone it means each year in nynorsk.
 *
 * @example
 * PERIOD_NOUNS.get("1/2 år")
 * //=> "half-year"
 * PERIOD_NOUNS.get("veke")
 * //=> "week"
 */
export const PERIOD_NOUNS: ReadonlyMap<string, Period> = new Map<string, Period>([
  ["år", "year"], ["året", "year"],
  ["halvår", "half-year"], ["halvåret", "half-year"], ["1/2 år", "half-year"], ["1/2 året", "half-year"],
  ["halvt år", "half-year"], ["semester", "half-year"], ["semesteret", "half-year"],
  ["kvartal", "quarter"], ["kvartalet", "quarter"],
  ["måned", "month"], ["måneden", "month"], ["månad", "month"], ["månaden", "month"], ["mnd", "month"],
  ["uke", "week"], ["uka", "week"], ["uken", "week"], ["veke", "week"], ["veka", "week"],
  ["dag", "day"],
]);

/**
 * One-word frequencies (årlig, halvårleg, kvartalsvis, månedlig, vekentleg) to their {@link Period}.
 *
 * @example
 * FREQUENCY_ADVERBS.get("halvårleg")
 * //=> "half-year"
 */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, Period> = new Map<string, Period>([
  ["årlig", "year"], ["årleg", "year"],
  ["halvårlig", "half-year"], ["halvårleg", "half-year"],
  ["kvartalsvis", "quarter"],
  ["månedlig", "month"], ["månedleg", "month"], ["månadleg", "month"], ["månadlig", "month"],
  ["ukentlig", "week"], ["ukentleg", "week"], ["vekentleg", "week"], ["vekentlig", "week"],
]);

/**
 * Abbreviations that end in a dot without ending a sentence, so "pr. år" and "min. to gonger" stay
 * one clause; the month abbreviations are among them.
 *
 * @example
 * ABBREVIATIONS.has("pr")
 * //=> true
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "pr", "min", "ca", "mnd", "nr", "kl", "kv", "ila", "bl", "ev", "evt", "inkl", "dvs", "jf", "jfr",
  "jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des",
]);
