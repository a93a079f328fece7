import type { LocalizedText } from "../core/locale.js";
import type { EvaluationResult } from "./schema.js";

/**
 * The words for a row's result at the evaluation (resultat) in bokmål, nynorsk and English.
 *
 * @example
 * evaluationResultLabels["not-reached"].nn
 * //=> "ikkje nådd"
 */
export const evaluationResultLabels: Readonly<Record<EvaluationResult, LocalizedText>> = {
  reached: { nb: "nådd", nn: "nådd", en: "reached" },
  partly: { nb: "delvis", nn: "delvis", en: "partly" },
  "not-reached": { nb: "ikke nådd", nn: "ikkje nådd", en: "not reached" },
  dropped: { nb: "gått bort fra", nn: "gått bort frå", en: "dropped" },
};
