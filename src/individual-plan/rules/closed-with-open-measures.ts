import type { PlanRule } from "../_context.js";
import { isOpenMeasure } from "../_measure-deadline.js";

/** `plan/closed-with-open-measures` (practice): a closed plan still has measures neither done nor cancelled. */
export const closedWithOpenMeasuresRule: PlanRule = (plan) => {
  if (plan.status !== "closed") return [];
  const count = (plan.measures ?? []).filter(isOpenMeasure).length;
  return count === 0 ? [] : [{ code: "plan/closed-with-open-measures", path: ["status"], params: { count } }];
};
