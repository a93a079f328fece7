import { dueWindow } from "../_lib/due-window.js";
import { defineChecker } from "../_lib/engine/checker.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { rowTimings } from "./row-timing.js";
import { actionPlanRules } from "./rules/index.js";
import { type ActionPlan, ActionPlanSchema } from "./schema.js";

/**
 * Options for {@link checkActionPlan} and {@link validateActionPlan}: the {@link CheckOptions} and
 * how far ahead `action-plan/row-due-soon` looks.
 *
 * @example
 * const options: ActionPlanCheckOptions = { today: "2013-06-01", locale: "nn", dueSoonDays: 14 };
 */
export interface ActionPlanCheckOptions extends CheckOptions {
  /** Days from today within which an open row counts as due soon; 14 when left out (the one due window of every concept), at most 3660. */
  readonly dueSoonDays?: number;
}

/**
 * Checks an action plan (handlingsplan) on a given day: rows overdue or due soon, recurring rows
 * not carried out in a period that has ended since the plan started, rows missing a goal, a
 * responsible or a deadline, done rows without a date, dates after today, duplicate row ids, and
 * the header (no working group, measures not anchored in the services' plans, unanswered questions).
 *
 * Rows that are done or cancelled are never due. A recurring row is carried out in a period when a
 * day of its `carriedOut` falls in it; periods that ended before the plan's start (the later of its
 * period's first day and its signing day) are not counted.
 *
 * @param plan - A schema-valid action plan.
 * @param options - `today`, `locale`, per-code `rules` and `dueSoonDays`.
 * @returns Findings sorted by path, then code.
 * @throws TypeError when `options` is not an object, an option has the wrong type, or `plan` is not an
 *   action plan (use {@link validateActionPlan} for unknown input); RangeError when `today` is not a
 *   valid date, `dueSoonDays` is not a whole number from 0 to 3660, `locale` is unknown or `rules`
 *   names an unknown code or severity.
 *
 * @example
 * checkActionPlan(
 *   {
 *     kind: "action-plan",
 *     id: "p",
 *     municipality: { number: "1525", name: "Stranda" },
 *     title: "Handlingsplan",
 *     hasWorkingGroup: true,
 *     carriedBy: ["Koordinerande eining"],
 *     anchoredInServicePlans: true,
 *     signed: { by: "Leiar i koordinerande eining", on: "2012-10-22" },
 *     rows: [{
 *       id: "2", measure: "Samtykkeskjema", goal: "Lik rutine", activities: [], responsible: "Prosjektgruppa",
 *       deadline: { kind: "date", date: "2012-11-30" }, status: "in-progress",
 *     }],
 *   },
 *   { today: "2012-12-01", locale: "en" },
 * ).map((finding) => [finding.code, finding.path])
 * //=> [["action-plan/row-overdue", ["rows", 0, "deadline"]]]
 */
export function checkActionPlan(plan: ActionPlan, options: ActionPlanCheckOptions): Finding[] {
  return actionPlanChecker.check(plan, options, "checkActionPlan");
}

/** The action plan as a document kind: its schema, options, rule context and rules. */
export const actionPlanChecker = defineChecker({
  document: { name: "plan", label: "an action plan", kind: "action-plan", validator: "validateActionPlan" },
  schema: ActionPlanSchema,
  options: (options: ActionPlanCheckOptions) => {
    const window = dueWindow(options, "dueSoonDays");
    return { today: window.today, window };
  },
  context: (plan, { today, window }) => ({ today, window, timings: rowTimings(plan, window) }),
  rules: actionPlanRules,
});
