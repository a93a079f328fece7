import { checkActionPlan, checkMilestoneSchedule, type Milestone, type MilestoneSchedule } from "../../src/index.js";
import { makeLargeActionPlan } from "../fixtures/action-plan.js";
import { makeLargeSchedule, makeMilestone, makePhase, makeSchedule } from "../fixtures/milestones.js";
import type { BenchCase } from "./_case.js";

const TODAY = "2013-06-01";
const PLAN_1K = "checkActionPlan: 1 000 rows";
const SCHEDULE_1K = "checkMilestoneSchedule: 1 000 milestones + 1 989 deps";
const FAN_IN_1K = "checkMilestoneSchedule: 1 000 milestones, chains + fan-in of 10";

/**
 * A schedule of phases of ten milestones, one a month from January 2012: a chain inside each phase,
 * and the first milestone of each phase depending on all ten of the phase before (fan-in of 10).
 * Every seventh milestone is due a month before the one it follows (dependency-after has findings);
 * the first third is done, a done one every 50 milestones after it (dependency-not-done has findings).
 */
function makeFanInSchedule(count: number): MilestoneSchedule {
  const milestones = Array.from({ length: count }, (_, i): Milestone => {
    const month = 2012 * 12 + i - (i % 7 === 6 ? 2 : 0);
    const phaseStart = i - (i % 10);
    const dependsOn = i % 10 === 0 ? Array.from({ length: i === 0 ? 0 : 10 }, (_, k) => `m${phaseStart - 10 + k}`) : [`m${i - 1}`];
    return makeMilestone({
      id: `m${i}`,
      deadline: { kind: "month", month: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}` },
      status: i < count / 3 || i % 50 === 25 ? "done" : "planned",
      dependsOn,
    });
  });
  return makeSchedule(Array.from({ length: Math.ceil(count / 10) }, (_, p) => makePhase(`p${p}`, milestones.slice(p * 10, p * 10 + 10))));
}

// Built once, outside the timed work. Rows mix dates, months, ranges and recurrences (twice a
// year, yearly by 1 May); milestones depend on the one before and the one ten before.
const plan1k = makeLargeActionPlan(1_000);
const plan10k = makeLargeActionPlan(10_000);
const schedule1k = makeLargeSchedule(1_000);
const schedule10k = makeLargeSchedule(10_000);
const fanIn1k = makeFanInSchedule(1_000);
const fanIn10k = makeFanInSchedule(10_000);

/**
 * Benchmarks for action plans and milestone schedules. Each 10x case names its 1x case as baseline:
 * a ratio at or under 11x shows linear growth.
 *
 * @example
 * actionPlanBenchCases.filter((benchCase) => benchCase.target?.max === 11).length
 * //=> 3
 */
export const actionPlanBenchCases: BenchCase[] = [
  { name: PLAN_1K, fn: () => checkActionPlan(plan1k, { today: TODAY }) },
  { name: "checkActionPlan: 10 000 rows", fn: () => checkActionPlan(plan10k, { today: TODAY }), baseline: PLAN_1K, target: { max: 11 } },
  { name: SCHEDULE_1K, fn: () => checkMilestoneSchedule(schedule1k, { today: TODAY }) },
  {
    name: "checkMilestoneSchedule: 10 000 milestones + 19 989 deps",
    fn: () => checkMilestoneSchedule(schedule10k, { today: TODAY }),
    baseline: SCHEDULE_1K,
    target: { max: 11 },
  },
  { name: FAN_IN_1K, fn: () => checkMilestoneSchedule(fanIn1k, { today: TODAY }) },
  {
    name: "checkMilestoneSchedule: 10 000 milestones, chains + fan-in of 10",
    fn: () => checkMilestoneSchedule(fanIn10k, { today: TODAY }),
    baseline: FAN_IN_1K,
    target: { max: 11 },
    note: "chains inside phases of ten, each phase's first milestone depends on the whole phase before; some deadlines out of order, some done before their dependencies",
  },
];
