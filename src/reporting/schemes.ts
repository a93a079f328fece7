import { resolveNumber } from "../_lib/options.js";

/**
 * The IS-24/8 category scheme (the measure and education categories of the form) a year was
 * reported in: `before-2015` (IS-24, mental health only), `2015-2023` (the merged IS-24/8),
 * `2024` (service and education categories changed) and `2025-split` (separate adult and children's
 * forms). Figures of different schemes are not added without saying so.
 *
 * @example
 * const scheme: CategoryScheme = "2015-2023";
 */
export type CategoryScheme = "before-2015" | "2015-2023" | "2024" | "2025-split";

/**
 * A break in a series between one point and the previous: the 2015 merger of IS-24 and IS-8, the
 * 2020 municipal reform together with the pandemic, the 2024 change of service and education
 * categories, the 2025 separate forms.
 *
 * @example
 * const cause: SeriesBreak = "categories-changed-2024";
 */
export type SeriesBreak = "merged-survey-2015" | "reform-and-pandemic-2020" | "categories-changed-2024" | "separate-forms-2025";

/**
 * The category scheme of a report year.
 *
 * @param year - The report year.
 * @returns The scheme the year's form used.
 * @throws TypeError when `year` is not a number; RangeError when it is not a whole number.
 *
 * @example
 * schemeOf(2023)
 * //=> "2015-2023"
 * schemeOf(2025)
 * //=> "2025-split"
 */
export function schemeOf(year: number): CategoryScheme {
  resolveNumber(year, "year", { integer: true });
  return year < 2015 ? "before-2015" : year < 2024 ? "2015-2023" : year < 2025 ? "2024" : "2025-split";
}

const BREAKS: readonly (readonly [year: number, cause: SeriesBreak])[] = [
  [2015, "merged-survey-2015"],
  [2020, "reform-and-pandemic-2020"],
  [2024, "categories-changed-2024"],
  [2025, "separate-forms-2025"],
];

/** The breaks between a point of `previous` and one of `year`; `undefined` when there are none. */
export function breakBetween(previous: number, year: number): readonly SeriesBreak[] | undefined {
  const found = BREAKS.filter(([at]) => previous < at && at <= year).map(([, cause]) => cause);
  return found.length === 0 ? undefined : found;
}
