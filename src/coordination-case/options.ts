import { ownOption, requireOptions, resolveWindowDays } from "../_lib/options.js";
import type { CheckOptions } from "../core/findings/types.js";

/**
 * How many days a coordinating unit has to follow a notice up, by default: a choice of this library
 * (two weeks), not a legal deadline. The law says to notify (hpl § 38 a), not how soon to answer.
 */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/** How many days an open case may go with no recorded activity, by default (about a quarter). */
export const DEFAULT_INACTIVE_DAYS = 90;

/** How many days each later step of a case is given after the step before it, by default. */
export const DEFAULT_STEP_DAYS = 14;

/**
 * Options for {@link checkCoordinationCase} and {@link validateCoordinationCase}: the common check
 * options and the unit's own time limits. The limits are routine, not law: set them to the unit's.
 *
 * @example
 * const options: CoordinationCaseCheckOptions = { today: "2025-10-01", locale: "nn", followUpDays: 7, inactiveDays: 60 };
 */
export interface CoordinationCaseCheckOptions extends CheckOptions {
  /** Days from the notice within which the unit follows it up (`case/notice-not-followed-up`); 14 when left out. */
  readonly followUpDays?: number;
  /** Days an open case may go with no activity (`case/inactive`); 90 when left out. */
  readonly inactiveDays?: number;
}

/**
 * Options for {@link listOpenCases}: `today` and the unit's time limits.
 *
 * @example
 * const options: OpenCaseListOptions = { today: "2025-10-01", followUpDays: 7, stepDays: 21 };
 */
export interface OpenCaseListOptions {
  /** The day to judge the cases on, as an ISO date (`YYYY-MM-DD`) or a `Date` (its local calendar date). */
  readonly today: string | Date;
  /** Days from the notice for the first follow-up; 14 when left out. */
  readonly followUpDays?: number;
  /** Days each later step is given after the step before it; 14 when left out. */
  readonly stepDays?: number;
  /** Days after the last activity by which a case with nothing else to do is reviewed; 90 when left out. */
  readonly inactiveDays?: number;
}

/** The time limits, resolved. */
export interface CaseDays {
  readonly followUpDays: number;
  readonly inactiveDays: number;
  readonly stepDays: number;
}

/**
 * Reads the time limits from options; `fn` names the public function in error messages.
 *
 * @throws TypeError when `options` is not an object; RangeError when a limit is not a whole number 0-3660.
 */
export function resolveCaseDays(options: unknown, fn: string): CaseDays {
  requireOptions(options, fn);
  return {
    followUpDays: resolveWindowDays(ownOption(options, "followUpDays"), "followUpDays", DEFAULT_FOLLOW_UP_DAYS),
    inactiveDays: resolveWindowDays(ownOption(options, "inactiveDays"), "inactiveDays", DEFAULT_INACTIVE_DAYS),
    stepDays: resolveWindowDays(ownOption(options, "stepDays"), "stepDays", DEFAULT_STEP_DAYS),
  };
}
