import { defineChecker, settingsWithCompanion } from "../_lib/engine/checker.js";
import type { FindingSettings } from "../_lib/findings.js";
import { resolveTodayOption } from "../_lib/options.js";
import type { ActionPlan } from "../action-plan/schema.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import type { CheckOptions, Finding } from "../core/findings/types.js";
import { EVALUATION_DOCUMENT, requireActionPlan, requireEvaluation } from "./_guards.js";
import { evaluationContext, evaluationRules } from "./rules/index.js";
import { type Evaluation, EvaluationSchema } from "./schema.js";

/**
 * Options for {@link checkEvaluation} and {@link validateEvaluation}: `today`, `locale` and per-code `rules`.
 *
 * @example
 * const options: EvaluationCheckOptions = { today: "2014-01-15", locale: "nn" };
 */
export type EvaluationCheckOptions = CheckOptions;

/**
 * Checks an evaluation (evaluering) against the action plan it evaluates: row ids the plan does not
 * have or evaluated twice, rows left unevaluated once the plan's period is over, a row evaluated as
 * reached whose status is not done (and, as info, a done row not reached), a goal changed without a
 * reason, a measure going into operation (drift) that no service carries (neither the row nor the
 * plan's `carriedBy`), and a meeting held before a row it judges could be done.
 *
 * @param evaluation - A schema-valid evaluation.
 * @param actionPlan - The action plan it evaluates; its `id` should be the evaluation's `actionPlanId`.
 * @param options - `today`, `locale` and per-code `rules`.
 * @returns Findings (`evaluation/...`) sorted by path, then code.
 * @throws TypeError when `options` is not an object, an option has the wrong type, `evaluation` is not
 *   an evaluation (use {@link validateEvaluation} for unknown input) or `actionPlan` is not an action
 *   plan; RangeError when `today` is not a valid date, `locale` is unknown or `rules` names an unknown
 *   code or severity.
 *
 * @example
 * checkEvaluation(
 *   {
 *     kind: "evaluation",
 *     id: "e",
 *     actionPlanId: "p",
 *     meeting: { date: "2013-01-24", participants: [{ role: "Koordinerande eining" }] },
 *     rows: [{ rowId: "1", result: "reached" }],
 *   },
 *   {
 *     kind: "action-plan",
 *     id: "p",
 *     municipality: { number: "1525", name: "Stranda" },
 *     title: "Handlingsplan",
 *     rows: [{ id: "1", measure: "Samtykkeskjema", activities: [], status: "in-progress" }],
 *   },
 *   { today: "2013-02-01" },
 * ).map((finding) => [finding.code, finding.path])
 * //=> [["evaluation/reached-not-done", ["rows", 0, "result"]]]
 */
export function checkEvaluation(evaluation: Evaluation, actionPlan: ActionPlan, options: EvaluationCheckOptions): Finding[] {
  const settings = evaluationSettings(options, actionPlan, "checkEvaluation");
  requireEvaluation(evaluation, "checkEvaluation");
  return evaluationChecker.run(evaluation, settings);
}

/** The check options with the action plan an evaluation is checked against. */
interface EvaluationCheckInput extends CheckOptions {
  readonly actionPlan: ActionPlan;
}

/** What the evaluation checker has read from its input, besides locale and rules. */
interface EvaluationSettings {
  readonly today: CalendarDate;
  readonly actionPlan: ActionPlan;
}

/** The evaluation as a document kind: its schema, `today`, and the action plan carried in beside the options. */
export const evaluationChecker = defineChecker({
  document: EVALUATION_DOCUMENT,
  schema: EvaluationSchema,
  options: (input: EvaluationCheckInput): EvaluationSettings => ({ today: resolveTodayOption(input), actionPlan: input.actionPlan }),
  context: (evaluation, { today, actionPlan }) => evaluationContext(evaluation, actionPlan, today),
  rules: evaluationRules,
});

/**
 * Reads the options of {@link checkEvaluation} and {@link validateEvaluation} once, then guards the
 * action plan: options errors come first.
 *
 * @throws TypeError or RangeError as {@link checkEvaluation} documents.
 */
export function evaluationSettings(options: CheckOptions, actionPlan: ActionPlan, fn: string): EvaluationSettings & FindingSettings {
  return settingsWithCompanion(evaluationChecker, options, { actionPlan }, (companion, name) => requireActionPlan(companion.actionPlan, name), fn);
}
