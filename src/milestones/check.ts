import { checkContext, finalizeFindings } from "../_lib/findings.js";
import { dueWindow } from "../_lib/due-window.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { dependencyEdges, entriesById, milestoneEntries } from "./entries.js";
import { milestoneRules } from "./rules/index.js";
import type { MilestoneSchedule } from "./schema.js";

/**
 * Options for {@link checkMilestoneSchedule} and {@link validateMilestoneSchedule}: the
 * {@link CheckOptions} and how far ahead `milestones/due-soon` looks.
 *
 * @example
 * const options: MilestoneCheckOptions = { today: "2012-07-01", locale: "en", dueSoonDays: 60 };
 */
export interface MilestoneCheckOptions extends CheckOptions {
  /** Days from today within which an open milestone counts as due soon; 30 when left out. */
  readonly dueSoonDays?: number;
}

/**
 * Checks a milestone schedule (milepælsplan) on a given day: milestones overdue or due soon, done
 * on a day after today, done before what they depend on, or due before what they depend on;
 * unknown dependencies, dependency cycles, empty phases and duplicate ids.
 *
 * A month deadline is due by the month's last day, a range by the last day of its end, a year by
 * 31 December. Done and cancelled milestones are never due. Runs in time linear in the number of
 * milestones and dependencies, cycles included.
 *
 * @param schedule - A schema-valid milestone schedule.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns Findings sorted by path, then code.
 * @throws RangeError when `today` is not a valid date or `dueSoonDays` is not a whole number from 0.
 *
 * @example
 * checkMilestoneSchedule(
 *   {
 *     kind: "milestone-schedule",
 *     id: "s",
 *     title: "Milepælsplan",
 *     phases: [{ id: "del-1", title: "Forankring", milestones: [
 *       { id: "1.2", title: "Samarbeidsavtale", deadline: { kind: "month", month: "2012-03" }, status: "planned" },
 *     ] }],
 *   },
 *   { today: "2012-04-01" },
 * ).map((finding) => [finding.code, finding.path])
 * //=> [["milestones/overdue", ["phases", 0, "milestones", 0, "deadline"]]]
 */
export function checkMilestoneSchedule(schedule: MilestoneSchedule, options: MilestoneCheckOptions): Finding[] {
  const window = dueWindow(options.today, options.dueSoonDays);
  const entries = milestoneEntries(schedule);
  const byId = entriesById(entries);
  const ctx = { ...checkContext(options), window, entries, byId, edges: dependencyEdges(entries, byId) };
  return finalizeFindings(
    milestoneRules.flatMap((rule) => rule(schedule, ctx)),
    options,
  );
}
