import type { Validation } from "../core/findings/types.js";
import { type MilestoneCheckOptions, milestoneChecker } from "./check.js";
import type { MilestoneSchedule } from "./schema.js";

/**
 * Validates unknown input as a milestone schedule (milepælsplan): runs
 * {@link MilestoneScheduleSchema}, then {@link checkMilestoneSchedule}. Schema problems become
 * `schema/...` findings. Never throws on any input; only on bad options.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws TypeError when `options` is not an object or an option has the wrong type; RangeError when
 *   `today` is not a valid date, `dueSoonDays` is not a whole number from 0 to 3660, `locale` is
 *   unknown or `rules` names an unknown code or severity.
 *
 * @example
 * validateMilestoneSchedule({ kind: "milestone-schedule", id: "s", title: "Plan", phases: [] }, { today: "2012-07-01" })
 * //=> { ok: true, value: { kind: "milestone-schedule", id: "s", title: "Plan", phases: [] }, findings: [] }
 */
export function validateMilestoneSchedule(input: unknown, options: MilestoneCheckOptions): Validation<MilestoneSchedule> {
  return milestoneChecker.validate(input, options, "validateMilestoneSchedule");
}
