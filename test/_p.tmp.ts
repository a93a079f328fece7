import * as z from "zod";
import { IndividualPlanSchema, validateIndividualPlan, checkIndividualPlan } from "../src/index.ts";
import { makeRealisticPlanInput, TODAY } from "./fixtures/individual-plan.ts";
const plan = makeRealisticPlanInput(1);
const text = JSON.stringify(plan);
const c = z.compile(IndividualPlanSchema);
const parsed = IndividualPlanSchema.parse(plan);
function t(fn: () => unknown, n = 1000) { for (let i = 0; i < 300; i++) fn(); const s = performance.now(); for (let i = 0; i < n; i++) fn(); return (performance.now() - s) / n; }
for (let r = 0; r < 4; r++) {
  const jp = t(() => JSON.parse(text), 3000);
  const cp = t(() => c.safeParse(plan));
  const v = t(() => validateIndividualPlan(plan, { today: TODAY }), 1000);
  const ch = t(() => checkIndividualPlan(parsed, { today: TODAY }), 1000);
  console.log(`json ${jp.toFixed(4)}ms compiled ${(cp/jp).toFixed(2)}x validate ${(v/jp).toFixed(2)}x check ${(ch/jp).toFixed(2)}x`);
}
