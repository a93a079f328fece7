import { validateWith } from "../_lib/findings.js";
import { dueWindow } from "../_lib/due-window.js";
import type { Validation } from "../core/findings/types.js";
import { checkMilestoneSchedule, type MilestoneCheckOptions } from "./check.js";
import { type MilestoneSchedule, MilestoneScheduleSchema } from "./schema.js";

/**
 * Validates unknown input as a milestone schedule (milepælsplan): runs
 * {@link MilestoneScheduleSchema}, then {@link checkMilestoneSchedule}. Schema problems become
 * `schema/...` findings. Never throws on any input.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws RangeError when `today` is not a valid date or `dueSoonDays` is not a whole number from 0.
 *
 * @example
 * validateMilestoneSchedule({ kind: "milestone-schedule", id: "s", title: "Plan", phases: [] }, { today: "2012-07-01" })
 * //=> { ok: true, value: { kind: "milestone-schedule", id: "s", title: "Plan", phases: [] }, findings: [] }
 */
export function validateMilestoneSchedule(input: unknown, options: MilestoneCheckOptions): Validation<MilestoneSchedule> {
  dueWindow(options.today, options.dueSoonDays); // a bad option fails the same way whatever the input
  return validateWith(MilestoneScheduleSchema, input, options, checkMilestoneSchedule);
}
