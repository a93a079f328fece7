import type { LocalizedText } from "../locale.js";
import type { Severity } from "./types.js";

/**
 * The words for a finding's severity (alvor) in bokmål, nynorsk and English, as
 * {@link formatFindingsTable} and the command print them.
 *
 * @example
 * severityLabels.warning.nn
 * //=> "åtvaring"
 */
export const severityLabels: Readonly<Record<Severity, LocalizedText>> = {
  error: { nb: "feil", nn: "feil", en: "error" },
  warning: { nb: "advarsel", nn: "åtvaring", en: "warning" },
  info: { nb: "info", nn: "info", en: "info" },
};
