import * as z from "zod";

/**
 * A language the library speaks (språk): bokmål (`nb`), nynorsk (`nn`) or English (`en`).
 *
 * @example
 * const locale: Locale = "nn";
 */
export type Locale = "nb" | "nn" | "en";

/**
 * Schema for {@link Locale}.
 *
 * @example
 * LocaleSchema.parse("nb")
 * //=> "nb"
 */
export const LocaleSchema: z.ZodEnum<{ nb: "nb"; nn: "nn"; en: "en" }> = z.enum(["nb", "nn", "en"]);

/**
 * A text in each of the library's languages, as the finding catalog keeps its messages.
 *
 * @example
 * const text: LocalizedText = { nb: "Planen mangler samtykke", nn: "Planen manglar samtykke", en: "The plan lacks consent" };
 */
export interface LocalizedText {
  /** Bokmål. */
  readonly nb: string;
  /** Nynorsk. */
  readonly nn: string;
  /** English. */
  readonly en: string;
}
