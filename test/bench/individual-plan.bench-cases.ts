import { validateIndividualPlan } from "../../src/index.js";
import { makeRealisticPlanInput, TODAY } from "../fixtures/individual-plan.js";
import type { BenchCase } from "./_case.js";
import { REALISTIC_PLAN_TEXT, realisticPlanValue } from "./_realistic-plan.js";

const ONE_X = "validateIndividualPlan: 30 measures (1x)";
const PARSE_UTC = "JSON.parse of the same text (UTC)";
const PARSE_OSLO = "JSON.parse of the same text (TZ=Europe/Oslo)";
// Built once, outside the timed work, as JSON an app would send: 10 goals, 8 participants,
// 3 consents and 12 meetings, with 30, 120 and 480 measures.
const plan1x = makeRealisticPlanInput(1);
const plan4x = makeRealisticPlanInput(4);
const plan16x = makeRealisticPlanInput(16);
// A plan that fails its schema would be timed on a short path: each input must pass.
for (const input of [plan1x, plan4x, plan16x, realisticPlanValue]) {
  if (!validateIndividualPlan(input, { today: TODAY }).ok) throw new Error("a benchmark plan does not pass validateIndividualPlan");
}
const validateRealistic = (): unknown => validateIndividualPlan(realisticPlanValue, { today: TODAY });
const parseRealistic = (): unknown => JSON.parse(REALISTIC_PLAN_TEXT);

/**
 * Benchmarks for validating an individual plan (schema and every rule): against `JSON.parse` of the
 * same text in UTC and in Europe/Oslo (where `Date` arithmetic pays for the zone), and against itself
 * with 4x and 16x the measures (a ratio at or under 17.6x for 16x shows linear growth).
 *
 * @example
 * individualPlanBenchCases.map((benchCase) => benchCase.baseline)
 * //=> [undefined, "validateIndividualPlan: 30 measures (1x)", "validateIndividualPlan: 30 measures (1x)",
 * //    undefined, "JSON.parse of the same text (UTC)", undefined, "JSON.parse of the same text (TZ=Europe/Oslo)"]
 */
export const individualPlanBenchCases: BenchCase[] = [
  { name: ONE_X, fn: () => validateIndividualPlan(plan1x, { today: TODAY }) },
  { name: "validateIndividualPlan: 120 measures (4x)", fn: () => validateIndividualPlan(plan4x, { today: TODAY }), baseline: ONE_X },
  {
    name: "validateIndividualPlan: 480 measures (16x)",
    fn: () => validateIndividualPlan(plan16x, { today: TODAY }),
    baseline: ONE_X,
    target: { max: 17.6 },
    note: "goals, participants, consents and meetings stay as in 1x, so their cost is shared and linear growth shows as 16x or less",
  },
  { name: PARSE_UTC, fn: parseRealistic, timeZone: "UTC" },
  {
    name: "validateIndividualPlan, realistic plan (UTC)",
    fn: validateRealistic,
    baseline: PARSE_UTC,
    target: { max: 1 },
    timeZone: "UTC",
    note: `the parsed value of the ${Buffer.byteLength(REALISTIC_PLAN_TEXT)}-byte text / JSON.parse of that text`,
  },
  { name: PARSE_OSLO, fn: parseRealistic, timeZone: "Europe/Oslo" },
  {
    name: "validateIndividualPlan, realistic plan (TZ=Europe/Oslo)",
    fn: validateRealistic,
    baseline: PARSE_OSLO,
    target: { max: 1 },
    timeZone: "Europe/Oslo",
    note: "measured in a child process started with TZ=Europe/Oslo",
  },
];
