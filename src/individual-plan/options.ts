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
  /** How many days ahead a deadline counts as due soon; 14 when left out. A whole number, 0 or more. */
  readonly dueSoonDays?: number;
}

/** The default window for `plan/measure-due-soon`, in days. */
export const DEFAULT_DUE_SOON_DAYS = 14;

/**
 * Reads `dueSoonDays`.
 *
 * @throws RangeError when it is not a whole number of 0 or more.
 */
export function resolveDueSoonDays(days: number | undefined): number {
  if (days === undefined) return DEFAULT_DUE_SOON_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > 3660) {
    throw new RangeError(`dueSoonDays must be a whole number from 0 to 3660, got ${String(days)}`);
  }
  return days;
}
