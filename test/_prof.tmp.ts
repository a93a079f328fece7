import { validateIndividualPlan } from "../src/index.ts";
import { makeRealisticPlanInput, TODAY } from "./fixtures/individual-plan.ts";
const plan = makeRealisticPlanInput(1);
for (let i = 0; i < 20000; i++) validateIndividualPlan(plan, { today: TODAY });
