import type { ActionPlan } from "../action-plan/schema.js";
import type { Validation } from "../core/findings/types.js";
import { type EvaluationCheckOptions, evaluationChecker, evaluationSettings } from "./check.js";
import type { Evaluation } from "./schema.js";

/**
 * Validates unknown input as an evaluation (evaluering) of an action plan: runs
 * {@link EvaluationSchema}, then {@link checkEvaluation}. Schema problems become `schema/...`
 * findings. Never throws on any input; only on bad options or an `actionPlan` that is no action plan.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param actionPlan - The action plan the evaluation evaluates.
 * @param options - `today`, `locale` and per-code `rules`.
 * @returns `{ ok: true, value, findings }`, or `{ ok: false, findings }` when a finding is an error.
 * @throws TypeError when `options` is not an object, an option has the wrong type or `actionPlan` is
 *   not an action plan; RangeError when `today` is not a valid date, `locale` is unknown or `rules`
 *   names an unknown code or severity.
 *
 * @example
 * validateEvaluation(
 *   { kind: "evaluation" },
 *   { kind: "action-plan", id: "p", municipality: { number: "1525", name: "Stranda" }, title: "Handlingsplan", rows: [] },
 *   { today: "2013-02-01" },
 * ).ok
 * //=> false
 */
export function validateEvaluation(input: unknown, actionPlan: ActionPlan, options: EvaluationCheckOptions): Validation<Evaluation> {
  const settings = evaluationSettings(options, actionPlan, "validateEvaluation");
  const parsed = evaluationChecker.parse(input, settings.locale);
  if (!parsed.ok) return parsed;
  const findings = evaluationChecker.run(parsed.value, settings);
  return findings.some((finding) => finding.severity === "error")
    ? { ok: false, findings }
    : { ok: true, value: parsed.value, findings };
}
