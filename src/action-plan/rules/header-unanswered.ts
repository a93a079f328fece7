import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlan } from "../schema.js";
import type { ActionPlanRule } from "./context.js";

const QUESTIONS = ["hasWorkingGroup", "carriedBy", "anchoredInServicePlans", "signed"] as const satisfies readonly (keyof ActionPlan)[];

/** `action-plan/header-unanswered`: a header question left out (or, for `carriedBy`, answered with no service). */
export const headerUnanswered: ActionPlanRule = (plan) =>
  QUESTIONS.flatMap((question): RawFinding[] => {
    const answer = plan[question];
    const unanswered = answer === undefined || (Array.isArray(answer) && answer.length === 0);
    return unanswered ? [{ code: "action-plan/header-unanswered", path: [question], params: { question } }] : [];
  });
