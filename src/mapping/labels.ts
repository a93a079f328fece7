import type { Locale } from "../core/locale.js";
import type { AssessmentValue } from "./item-schema.js";

/**
 * The words for assessment answers in each language, as a form or table shows them.
 *
 * @example
 * assessmentLabels.nn["dont-know"]
 * //=> "veit ikkje"
 */
export const assessmentLabels: Readonly<Record<Locale, Readonly<Record<AssessmentValue, string>>>> = {
  nb: { yes: "ja", partly: "delvis", no: "nei", "dont-know": "vet ikke" },
  nn: { yes: "ja", partly: "delvis", no: "nei", "dont-know": "veit ikkje" },
  en: { yes: "yes", partly: "partly", no: "no", "dont-know": "don't know" },
};
