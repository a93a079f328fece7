import { actionPlanRowStatusLabels } from "../action-plan/labels.js";
import type { LocalizedText } from "../core/locale.js";
import type { MilestoneStatus } from "./schema.js";

/**
 * The words for a milestone's status in bokmål, nynorsk and English: a done milestone is reached
 * (nådd); the other statuses read as an action-plan row's.
 *
 * @example
 * milestoneStatusLabels.done.nb
 * //=> "nådd"
 */
export const milestoneStatusLabels: Readonly<Record<MilestoneStatus, LocalizedText>> = {
  ...actionPlanRowStatusLabels,
  done: { nb: "nådd", nn: "nådd", en: "reached" },
};
