import type { LocalizedText } from "../core/locale.js";
import type { ActionPlanRowStatus } from "./schema.js";

/**
 * The words for an action-plan row's status ("Er det gjort?") in bokmål, nynorsk and English, the
 * forms the action-plan template uses. Finding messages that name a row's status use them too.
 *
 * @example
 * actionPlanRowStatusLabels["not-started"].nn
 * //=> "ikkje starta"
 */
export const actionPlanRowStatusLabels: Readonly<Record<ActionPlanRowStatus, LocalizedText>> = {
  done: { nb: "gjennomført", nn: "gjennomført", en: "done" },
  "in-progress": { nb: "pågår", nn: "pågår", en: "in progress" },
  planned: { nb: "under planlegging", nn: "under planlegging", en: "planned" },
  "not-started": { nb: "ikke startet", nn: "ikkje starta", en: "not started" },
  postponed: { nb: "utsatt", nn: "utsett", en: "postponed" },
  cancelled: { nb: "avlyst", nn: "avlyst", en: "cancelled" },
};
