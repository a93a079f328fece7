import { ruleFor } from "../../_lib/engine/rule.js";
import type { ActionPlan, ActionPlanRow } from "../../action-plan/schema.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { endOfDeadline } from "../../core/dates/deadline-end.js";
import { type FindingBasis, practiceBasis } from "../../core/findings/basis.js";
import type { Evaluation } from "../schema.js";

/** What every evaluation rule sees: `today`, the action plan, its rows by id and the plan period's last day. */
export interface EvaluationRuleContext {
  readonly today: CalendarDate;
  /** The action plan the evaluation is checked against. */
  readonly plan: ActionPlan;
  /** The plan's rows by id (the first row of an id, when ids repeat). */
  readonly planRows: ReadonlyMap<string, ActionPlanRow>;
  /** The ids of the plan's rows the evaluation names. */
  readonly evaluated: ReadonlySet<string>;
  /** The last day of the plan's period, when it has one. */
  readonly periodEnd: CalendarDate | undefined;
}

/** Builds the context once per evaluation. */
export function evaluationContext(evaluation: Evaluation, plan: ActionPlan, today: CalendarDate): EvaluationRuleContext {
  const planRows = new Map<string, ActionPlanRow>();
  for (const row of plan.rows) if (!planRows.has(row.id)) planRows.set(row.id, row);
  return {
    today,
    plan,
    planRows,
    evaluated: new Set(evaluation.rows.map((row) => row.rowId)),
    periodEnd: plan.period === undefined ? undefined : endOfDeadline(plan.period),
  };
}

/** Declares a rule of `checkEvaluation`: its codes with severity, basis and messages, and its function. */
export const evaluationRule = ruleFor<Evaluation, EvaluationRuleContext>();

/** The basis of the evaluation codes: the evaluation meeting of the development projects' model. */
export const EVALUATION_BASIS: FindingBasis = practiceBasis({
  nb: "evalueringsmøtet i utviklingsprosjektenes modell",
  nn: "evalueringsmøtet i modellen til utviklingsprosjekta",
  en: "the evaluation meeting of the development projects' model",
});

/** Whether an optional text field is missing or blank. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}
