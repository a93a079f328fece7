// Subjects for the robustness suite: evaluations of action plans and development projects. See _robustness-subjects.ts.
import {
  checkDevelopmentProject,
  checkEvaluation,
  developmentProjectTemplate,
  summarizeDevelopmentProject,
  validateDevelopmentProject,
  validateEvaluation,
} from "samhandling";
import { makeDevelopmentProject } from "../fixtures/development-project.js";
import { makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../fixtures/evaluation.js";
import { loose, type Subject, subject } from "./_robustness-subjects.js";

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

const projects = [makeDevelopmentProject(), makeDevelopmentProject({ evaluation: undefined, areas: [] })];
const projectOptions = { today: "2013-03-01", locale: "nn" };

/** The development-project functions. */
export const developmentProjectSubjects: readonly Subject[] = [
  subject("checkDevelopmentProject", projects, projectOptions, checkDevelopmentProject),
  subject("validateDevelopmentProject", projects, projectOptions, validateDevelopmentProject, true),
  subject("summarizeDevelopmentProject", projects, projectOptions, summarizeDevelopmentProject),
  subject("developmentProjectTemplate", [{ id: "s", startMonth: "2024-01" }, { id: "s" }], undefined, developmentProjectTemplate),
];
