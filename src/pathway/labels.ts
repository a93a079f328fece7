import { caseStatusLabels } from "../coordination-case/labels.js";
import type { LocalizedText } from "../core/locale.js";
import type { PathwayCaseStatus } from "./schema.js";

/**
 * The words for a pathway case's status in bokmål, nynorsk and English, the same as a coordinating
 * unit's case.
 *
 * @example
 * pathwayCaseStatusLabels.closed.nn
 * //=> "avslutta"
 */
export const pathwayCaseStatusLabels: Readonly<Record<PathwayCaseStatus, LocalizedText>> = caseStatusLabels;
