// Internal: the door of every individual-plan function typed to take a plan.
import { requireDocument } from "../_lib/documents.js";
import type { CheckedDocument } from "../_lib/engine/checker.js";
import { type IndividualPlan, IndividualPlanSchema } from "./schema.js";

/** How the individual-plan functions name a plan in their TypeErrors (`fn` is filled in per call). */
export const PLAN_DOCUMENT: CheckedDocument = {
  name: "plan",
  label: "an individual plan",
  kind: "individual-plan",
  validator: "validateIndividualPlan",
};

/** Asserts that `plan` is an individual plan; `fn` names the public function. */
export function requireIndividualPlan(plan: unknown, fn: string): asserts plan is IndividualPlan {
  requireDocument(IndividualPlanSchema, plan, { ...PLAN_DOCUMENT, fn });
}
