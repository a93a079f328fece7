// The realistic plan of issue 10 (10 goals, 30 measures, 8 participants, 3 consents, 12
// responsibility-group meetings), as the JSON text an app would send and as its parsed value. Built
// once, deterministically, by the test fixture; fictional data, synthetic national id (month + 80).
import { makeRealisticPlanInput, TODAY } from "../fixtures/individual-plan.js";

export { TODAY };

/** The realistic plan as compact JSON text. */
export const REALISTIC_PLAN_TEXT: string = JSON.stringify(makeRealisticPlanInput(1));

/** The realistic plan as `JSON.parse` gives it (the input of `validateIndividualPlan`). */
export const realisticPlanValue: unknown = JSON.parse(REALISTIC_PLAN_TEXT);
