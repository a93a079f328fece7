import type { DueWindow } from "../../_lib/due-window.js";
import { ruleFor } from "../../_lib/engine/rule.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { RowTiming } from "../row-timing.js";
import type { ActionPlan } from "../schema.js";

/** What every action-plan rule sees: `today`, the due-soon window and each row's timing, worked out once. */
export interface ActionPlanRuleContext {
  readonly today: CalendarDate;
  readonly window: DueWindow;
  /** Each row's timing, in row order. */
  readonly timings: readonly RowTiming[];
}

/** Declares a rule of `checkActionPlan`: its codes with severity, basis and messages, and its function. */
export const actionPlanRule = ruleFor<ActionPlan, ActionPlanRuleContext>();

/** Whether an optional text field is missing or blank. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}
