import {
  type ActionPlan,
  checkDevelopmentProject,
  checkEvaluation,
  type DevelopmentProject,
  type Evaluation,
  type EvaluationRow,
  validateDevelopmentProject,
  validateEvaluation,
} from "../../src/index.js";
import { makeLargeActionPlan } from "../fixtures/action-plan.js";
import { makeDevelopmentProject } from "../fixtures/development-project.js";
import { makeEvaluationRow } from "../fixtures/evaluation.js";
import { makeLargeSchedule } from "../fixtures/milestones.js";
import type { BenchCase } from "./_case.js";

// After the plan's period (2012-2013): every row of the plan is due an evaluation.
const TODAY = "2014-02-01";
const EVALUATION_1K = "checkEvaluation: 1 000 rows";
const VALIDATE_1K = "validateEvaluation: 1 000 rows";
const PROJECT_1K = "checkDevelopmentProject: 1 000 rows, 1 000 evaluated, 1 000 milestones";
const VALIDATE_PROJECT_1K = "validateDevelopmentProject: 1 000 rows, 1 000 evaluated, 1 000 milestones";

/**
 * An evaluation of `plan`, one row per plan row, the results in turn reached, partly, not reached
 * and dropped. So that every rule has work: every 50th row names a row the plan does not have (and
 * leaves its own unevaluated), every 97th is evaluated twice, every 11th changes its goal without a
 * reason, every 13th goes into operation with no service carrying it.
 */
function makeLargeEvaluation(plan: ActionPlan): Evaluation {
  const results = ["reached", "partly", "not-reached", "dropped"] as const;
  const rows = plan.rows.flatMap((planRow, i): EvaluationRow[] => {
    const row = makeEvaluationRow({
      rowId: i % 50 === 49 ? `unknown-${i}` : planRow.id,
      result: results[i % results.length] ?? "reached",
      ...(i % 11 === 5 ? { goalChanged: true } : {}),
      ...(i % 13 === 7 ? { carriedBy: undefined } : {}),
    });
    return i % 97 === 3 ? [row, row] : [row];
  });
  return {
    kind: "evaluation",
    id: "evaluation-large",
    actionPlanId: plan.id,
    meeting: { date: "2013-11-20", participants: [{ role: "Leiar i koordinerande eining" }] },
    rows,
  };
}

/**
 * The fixture's cycle grown to `count` rows: the plan of `count` rows, its evaluation, a schedule
 * of `count` milestones (the template's ids missing), and an area decision per ten rows naming
 * them (one row in a hundred unknown). The mapping is the questionnaire's size, whatever `count`.
 */
function makeLargeProject(count: number): DevelopmentProject {
  const actionPlan = makeLargeActionPlan(count);
  const decisions = Array.from({ length: count / 10 }, (_, k) => ({
    itemId: `area-${k}`,
    rowIds: Array.from({ length: 10 }, (_, j) => (j === 9 && k % 10 === 0 ? `missing-${k}` : `r${k * 10 + j}`)),
  }));
  const base = makeDevelopmentProject();
  return {
    ...base,
    actionPlan,
    schedule: makeLargeSchedule(count),
    evaluation: makeLargeEvaluation(actionPlan),
    areas: [...base.areas, ...decisions],
  };
}

// Built once, outside the timed work; the inputs of the validators are plain JSON, as read from a file.
const plan1k = makeLargeActionPlan(1_000);
const plan10k = makeLargeActionPlan(10_000);
const evaluation1k = makeLargeEvaluation(plan1k);
const evaluation10k = makeLargeEvaluation(plan10k);
const json = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
const evaluationInput1k = json(evaluation1k);
const evaluationInput10k = json(evaluation10k);
const project1k = makeLargeProject(1_000);
const project10k = makeLargeProject(10_000);
const projectInput1k = json(project1k);
const projectInput10k = json(project10k);

/**
 * Benchmarks for evaluations and development projects. Each 10x case names its 1x case as
 * baseline: a ratio at or under 11x shows linear growth.
 *
 * @example
 * evaluationBenchCases.filter((benchCase) => benchCase.target?.max === 11).length
 * //=> 4
 */
export const evaluationBenchCases: BenchCase[] = [
  { name: EVALUATION_1K, fn: () => checkEvaluation(evaluation1k, plan1k, { today: TODAY }) },
  {
    name: "checkEvaluation: 10 000 rows",
    fn: () => checkEvaluation(evaluation10k, plan10k, { today: TODAY }),
    baseline: EVALUATION_1K,
    target: { max: 11 },
    note: "one evaluated row per plan row; unknown, duplicate, unexplained goal changes and uncarried measures mixed in",
  },
  { name: VALIDATE_1K, fn: () => validateEvaluation(evaluationInput1k, plan1k, { today: TODAY }) },
  { name: "validateEvaluation: 10 000 rows", fn: () => validateEvaluation(evaluationInput10k, plan10k, { today: TODAY }), baseline: VALIDATE_1K, target: { max: 11 } },
  { name: PROJECT_1K, fn: () => checkDevelopmentProject(project1k, { today: TODAY }) },
  {
    name: "checkDevelopmentProject: 10 000 rows, 10 000 evaluated, 10 000 milestones",
    fn: () => checkDevelopmentProject(project10k, { today: TODAY }),
    baseline: PROJECT_1K,
    target: { max: 11 },
    note: "the cross-checks and each part's own checker (mapping, action plan, schedule, evaluation); an area decision per ten rows",
  },
  { name: VALIDATE_PROJECT_1K, fn: () => validateDevelopmentProject(projectInput1k, { today: TODAY }) },
  {
    name: "validateDevelopmentProject: 10 000 rows, 10 000 evaluated, 10 000 milestones",
    fn: () => validateDevelopmentProject(projectInput10k, { today: TODAY }),
    baseline: VALIDATE_PROJECT_1K,
    target: { max: 11 },
  },
];
