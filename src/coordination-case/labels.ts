import type { LocalizedText } from "../core/locale.js";
import type { CaseStatus } from "./schema.js";

/**
 * The words for the status of a case in the coordinating unit in bokmål, nynorsk and English.
 *
 * @example
 * caseStatusLabels.open.nb
 * //=> "åpen"
 */
export const caseStatusLabels: Readonly<Record<CaseStatus, LocalizedText>> = {
  open: { nb: "åpen", nn: "open", en: "open" },
  closed: { nb: "avsluttet", nn: "avslutta", en: "closed" },
};
