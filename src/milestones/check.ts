import { type DocumentKind, requireDocument } from "../_lib/documents.js";
import { dueWindow } from "../_lib/due-window.js";
import { defineChecker } from "../_lib/engine/checker.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { dependencyEdges, entriesById, milestoneEntries } from "./entries.js";
import { milestoneRules } from "./rules/index.js";
import { type MilestoneSchedule, MilestoneScheduleSchema } from "./schema.js";

/**
 * Options for {@link checkMilestoneSchedule} and {@link validateMilestoneSchedule}: the
 * {@link CheckOptions} and how far ahead `milestones/due-soon` looks.
 *
 * @example
 * const options: MilestoneCheckOptions = { today: "2012-07-01", locale: "en", dueSoonDays: 60 };
 */
export interface MilestoneCheckOptions extends CheckOptions {
  /** Days from today within which an open milestone counts as due soon; 14 when left out (the one due window of every concept), at most 3660. */
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
 * @throws TypeError when `options` is not an object, an option has the wrong type, or `schedule` is
 *   not a milestone schedule (use {@link validateMilestoneSchedule} for unknown input); RangeError
 *   when `today` is not a valid date, `dueSoonDays` is not a whole number from 0 to 3660, `locale` is
 *   unknown or `rules` names an unknown code or severity.
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
  return milestoneChecker.check(schedule, options, "checkMilestoneSchedule");
}

/** Asserts that `schedule` is a milestone schedule; `fn` names the public function. */
export function requireSchedule(schedule: unknown, fn: string): asserts schedule is MilestoneSchedule {
  requireDocument(MilestoneScheduleSchema, schedule, { ...SCHEDULE, fn });
}

const SCHEDULE: Omit<DocumentKind, "fn"> = {
  name: "schedule",
  label: "a milestone schedule",
  kind: "milestone-schedule",
  validator: "validateMilestoneSchedule",
};

/** The milestone schedule as a document kind: its schema, options, rule context and rules. */
export const milestoneChecker = defineChecker({
  document: SCHEDULE,
  schema: MilestoneScheduleSchema,
  options: (options: MilestoneCheckOptions) => {
    const window = dueWindow(options, "dueSoonDays");
    return { today: window.today, window };
  },
  context: (schedule, { today, window }) => {
    const entries = milestoneEntries(schedule);
    const byId = entriesById(entries);
    return { today, window, entries, byId, edges: dependencyEdges(entries, byId) };
  },
  rules: milestoneRules,
});
