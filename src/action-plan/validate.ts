import { validateWith } from "../_lib/findings.js";
import type { Validation } from "../core/findings/types.js";
import { type ActionPlanCheckOptions, checkActionPlan } from "./check.js";
import { dueWindow } from "../_lib/due-window.js";
import { type ActionPlan, ActionPlanSchema } from "./schema.js";

/**
 * Validates unknown input as an action plan (handlingsplan): runs {@link ActionPlanSchema}, then
 * {@link checkActionPlan}. Schema problems become `schema/...` findings. Never throws on any input.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws RangeError when `today` is not a valid date or `dueSoonDays` is not a whole number from 0.
 *
 * @example
 * validateActionPlan({ kind: "action-plan" }, { today: "2013-06-01" }).ok
 * //=> false
 */
export function validateActionPlan(input: unknown, options: ActionPlanCheckOptions): Validation<ActionPlan> {
  dueWindow(options.today, options.dueSoonDays); // a bad option fails the same way whatever the input
  return validateWith(ActionPlanSchema, input, options, checkActionPlan);
}
