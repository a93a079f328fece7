import { checkActionPlan } from "../../src/action-plan/check.js";
import { checkMilestoneSchedule } from "../../src/milestones/check.js";
import { makeLargeActionPlan } from "../fixtures/action-plan.js";
import { makeLargeSchedule } from "../fixtures/milestones.js";

/**
 * One benchmark: a name, the work to time, and optionally the name of the case it is compared with.
 *
 * @example
 * const cheap: BenchCase = { name: "noop", fn: () => undefined };
 */
export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
  readonly baseline?: string;
}

const TODAY = "2013-06-01";
const PLAN_1K = "checkActionPlan: 1 000 rows";
const SCHEDULE_1K = "checkMilestoneSchedule: 1 000 milestones + 1 989 deps";
// Built once, outside the timed work. Rows mix dates, months, ranges and recurrences (twice a
// year, yearly by 1 May); milestones depend on the one before and the one ten before.
const plan1k = makeLargeActionPlan(1_000);
const plan10k = makeLargeActionPlan(10_000);
const schedule1k = makeLargeSchedule(1_000);
const schedule10k = makeLargeSchedule(10_000);

/**
 * Benchmarks for action plans and milestone schedules. Each 10x case names its 1x case as baseline:
 * a ratio near 0.1 shows linear growth.
 *
 * @example
 * actionPlanBenchCases.map((benchCase) => benchCase.baseline)
 * //=> [undefined, "checkActionPlan: 1 000 rows", undefined, "checkMilestoneSchedule: 1 000 milestones + 1 989 deps"]
 */
export const actionPlanBenchCases: BenchCase[] = [
  { name: PLAN_1K, fn: () => checkActionPlan(plan1k, { today: TODAY }) },
  { name: "checkActionPlan: 10 000 rows", fn: () => checkActionPlan(plan10k, { today: TODAY }), baseline: PLAN_1K },
  { name: SCHEDULE_1K, fn: () => checkMilestoneSchedule(schedule1k, { today: TODAY }) },
  {
    name: "checkMilestoneSchedule: 10 000 milestones + 19 989 deps",
    fn: () => checkMilestoneSchedule(schedule10k, { today: TODAY }),
    baseline: SCHEDULE_1K,
  },
];
