import { validateIndividualPlan } from "../../src/individual-plan/validate.js";
import { makeRealisticPlanInput, TODAY } from "../fixtures/individual-plan.js";

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

const ONE_X = "validateIndividualPlan: 30 measures (1x)";
// Built once, outside the timed work, as JSON an app would send: 10 goals, 8 participants,
// 3 consents and 12 meetings, with 30, 120 and 480 measures.
const plan1x = makeRealisticPlanInput(1);
const plan4x = makeRealisticPlanInput(4);
const plan16x = makeRealisticPlanInput(16);

/**
 * Benchmarks for validating an individual plan (schema and every rule). The 4x and 16x cases name the
 * 1x case as baseline: ratios near 0.25 and 0.0625 (or above, as fixed costs are shared) show that the
 * cost grows linearly with the number of measures.
 *
 * @example
 * individualPlanBenchCases.map((benchCase) => benchCase.baseline)
 * //=> [undefined, "validateIndividualPlan: 30 measures (1x)", "validateIndividualPlan: 30 measures (1x)"]
 */
export const individualPlanBenchCases: BenchCase[] = [
  { name: ONE_X, fn: () => validateIndividualPlan(plan1x, { today: TODAY }) },
  { name: "validateIndividualPlan: 120 measures (4x)", fn: () => validateIndividualPlan(plan4x, { today: TODAY }), baseline: ONE_X },
  { name: "validateIndividualPlan: 480 measures (16x)", fn: () => validateIndividualPlan(plan16x, { today: TODAY }), baseline: ONE_X },
];
