// Subjects for the robustness suite: evaluations of action plans. See _robustness-subjects.ts.
import { checkEvaluation, validateEvaluation } from "samhandling";
import { makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../fixtures/evaluation.js";
import { loose, type Subject } from "./_robustness-subjects.js";

const plan = makeEvaluatedPlan();
const evaluations = [
  makeEvaluation(),
  makeEvaluation([makeEvaluationRow({ goalChanged: true }), makeEvaluationRow({ rowId: "2", result: "reached", intoOperation: true, carriedBy: undefined })]),
];

function withPlan(name: string, fn: (...args: never[]) => unknown, total = false): Subject {
  const call = loose(fn);
  return { name, docs: evaluations, options: { today: "2014-01-02", locale: "en" }, total, call: (doc, opts) => call(doc, plan, opts) };
}

/** The evaluation functions, each called with the evaluation under test, its action plan and the options. */
export const evaluationSubjects: readonly Subject[] = [withPlan("checkEvaluation", checkEvaluation), withPlan("validateEvaluation", validateEvaluation, true)];
