// Internal: the doors of the evaluation functions. Each refuses what is not its document with a
// TypeError naming the function and the argument (see src/_lib/documents.ts).
import { type DocumentKind, requireDocument } from "../_lib/documents.js";
import { type ActionPlan, ActionPlanSchema } from "../action-plan/schema.js";
import { type Evaluation, EvaluationSchema } from "./schema.js";

/** The evaluation as a document, for the TypeError of a function that takes one. */
export const EVALUATION_DOCUMENT: Omit<DocumentKind, "fn"> = {
  name: "evaluation",
  label: "an evaluation",
  kind: "evaluation",
  validator: "validateEvaluation",
};

/** Asserts that `evaluation` is an evaluation; `fn` names the public function. */
export function requireEvaluation(evaluation: unknown, fn: string): asserts evaluation is Evaluation {
  requireDocument(EvaluationSchema, evaluation, { ...EVALUATION_DOCUMENT, fn });
}

/** Asserts that `plan` is an action plan; `fn` names the public function. */
export function requireActionPlan(plan: unknown, fn: string, name = "actionPlan"): asserts plan is ActionPlan {
  requireDocument(ActionPlanSchema, plan, { fn, name, label: "an action plan", kind: "action-plan", validator: "validateActionPlan" });
}
