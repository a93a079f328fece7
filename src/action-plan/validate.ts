import type { Validation } from "../core/findings/types.js";
import { type ActionPlanCheckOptions, actionPlanChecker } from "./check.js";
import type { ActionPlan } from "./schema.js";

/**
 * Validates unknown input as an action plan (handlingsplan): runs {@link ActionPlanSchema}, then
 * {@link checkActionPlan}. Schema problems become `schema/...` findings. Never throws on any input;
 * only on bad options.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws TypeError when `options` is not an object or an option has the wrong type; RangeError when
 *   `today` is not a valid date, `dueSoonDays` is not a whole number from 0 to 3660, `locale` is
 *   unknown or `rules` names an unknown code or severity.
 *
 * @example
 * validateActionPlan({ kind: "action-plan" }, { today: "2013-06-01" }).ok
 * //=> false
 */
export function validateActionPlan(input: unknown, options: ActionPlanCheckOptions): Validation<ActionPlan> {
  return actionPlanChecker.validate(input, options, "validateActionPlan");
}
