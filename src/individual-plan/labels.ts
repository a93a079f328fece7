// The words for an individual plan's statuses, in each language: one table, so an app, the examples
// and the playground say a status the same way. The documents keep their tokens.
import type { LocalizedText } from "../core/locale.js";
import type { GoalStatus } from "./goal.js";
import type { MeasureStatus } from "./measure.js";
import type { PlanStatus } from "./schema.js";

/**
 * The words for a plan's status in bokmål, nynorsk and English, for tables and forms.
 *
 * @example
 * planStatusLabels.closed.nn
 * //=> "avslutta"
 */
export const planStatusLabels: Readonly<Record<PlanStatus, LocalizedText>> = {
  draft: { nb: "under utarbeiding", nn: "under utarbeiding", en: "draft" },
  active: { nb: "aktiv", nn: "aktiv", en: "active" },
  closed: { nb: "avsluttet", nn: "avslutta", en: "closed" },
};

/**
 * The words for a goal's status (mål) in bokmål, nynorsk and English.
 *
 * @example
 * goalStatusLabels.abandoned.nb
 * //=> "lagt bort"
 */
export const goalStatusLabels: Readonly<Record<GoalStatus, LocalizedText>> = {
  active: { nb: "aktiv", nn: "aktiv", en: "active" },
  achieved: { nb: "nådd", nn: "nådd", en: "achieved" },
  abandoned: { nb: "lagt bort", nn: "lagt bort", en: "abandoned" },
};

/**
 * The words for a measure's status (tiltak) in bokmål, nynorsk and English, as plans write them.
 *
 * @example
 * measureStatusLabels.postponed.nn
 * //=> "utsett"
 */
export const measureStatusLabels: Readonly<Record<MeasureStatus, LocalizedText>> = {
  planned: { nb: "under planlegging", nn: "under planlegging", en: "planned" },
  "in-progress": { nb: "pågår", nn: "pågår", en: "in progress" },
  done: { nb: "gjennomført", nn: "gjennomført", en: "done" },
  postponed: { nb: "utsatt", nn: "utsett", en: "postponed" },
  cancelled: { nb: "avbrutt", nn: "avbrote", en: "cancelled" },
};
