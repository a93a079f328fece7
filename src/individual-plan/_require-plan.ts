// Internal: the door of every individual-plan function typed to take a plan.
import { requireDocument } from "../_lib/documents.js";
import { type IndividualPlan, IndividualPlanSchema } from "./schema.js";

/** Asserts that `plan` is an individual plan; `fn` names the public function. */
export function requireIndividualPlan(plan: unknown, fn: string): asserts plan is IndividualPlan {
  requireDocument(IndividualPlanSchema, plan, {
    fn,
    name: "plan",
    label: "an individual plan",
    kind: "individual-plan",
    validator: "validateIndividualPlan",
  });
}
