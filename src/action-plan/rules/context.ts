import type { CheckContext, RawFinding } from "../../_lib/_legacy.js";
import type { DueWindow } from "../../_lib/due-window.js";
import type { RowTiming } from "../row-timing.js";
import type { ActionPlan } from "../schema.js";

/** What every action-plan rule sees: `today`, the due-soon window and each row's timing, worked out once. */
export interface ActionPlanRuleContext extends CheckContext {
  readonly window: DueWindow;
  readonly timings: readonly RowTiming[];
}

/** One rule of `checkActionPlan`. */
export type ActionPlanRule = (plan: ActionPlan, ctx: ActionPlanRuleContext) => RawFinding[];

/** Whether an optional text field is missing or blank. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}
