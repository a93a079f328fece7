import type { RuleFinding } from "../../_lib/engine/rule.js";
import type { ActionPlan } from "../schema.js";
import { HEADER_BASIS } from "./_basis.js";
import { actionPlanRule } from "./context.js";

const QUESTIONS = ["hasWorkingGroup", "carriedBy", "anchoredInServicePlans", "signed"] as const satisfies readonly (keyof ActionPlan)[];

/**
 * `action-plan/header-unanswered`: a header question left out (or, for `carriedBy`, answered with no
 * service). Basis: the header questions of the development projects' action-plan model.
 */
export const headerUnansweredRule = actionPlanRule({
  codes: {
    "action-plan/header-unanswered": {
      severity: "info",
      description: "A header question of the action plan is left out, or the question of who carries the plan is answered with no service.",
      basis: HEADER_BASIS,
      messages: {
        nb: "Spørsmålet {question} i planhodet er ikke besvart",
        nn: "Spørsmålet {question} i planhovudet er ikkje svara på",
        en: "The header question {question} is not answered",
      },
    },
  },
  run: (plan) =>
    QUESTIONS.flatMap((question): RuleFinding<"action-plan/header-unanswered">[] => {
      const answer = plan[question];
      const unanswered = answer === undefined || (Array.isArray(answer) && answer.length === 0);
      return unanswered ? [{ code: "action-plan/header-unanswered", path: [question], params: { question } }] : [];
    }),
});
