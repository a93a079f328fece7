import type { CheckOptions } from "../core/findings/types.js";

/**
 * Options for the individual-plan functions that look at one day: `today`, never the clock.
 *
 * @example
 * const options: PlanDateOptions = { today: "2025-10-01" };
 */
export interface PlanDateOptions {
  /** The day to judge the plan on, as an ISO date (`YYYY-MM-DD`) or a `Date` (its local calendar date). */
  readonly today: string | Date;
}

/**
 * Options for {@link checkIndividualPlan} and {@link validateIndividualPlan}: the common check
 * options and the window for `plan/measure-due-soon`.
 *
 * @example
 * const options: IndividualPlanCheckOptions = {
 *   today: "2025-10-01",
 *   locale: "en",
 *   dueSoonDays: 7,
 *   rules: { "plan/coordinator-untrained": "off" },
 * };
 */
export interface IndividualPlanCheckOptions extends CheckOptions {
  /** How many days ahead a deadline counts as due soon; 14 when left out. A whole number from 0 to 3660. */
  readonly dueSoonDays?: number;
}
