import type { PlanRule } from "../_context.js";

/** `plan/user-unidentified` (practice): the user has neither a birth date nor a national id. Any status. */
export const userUnidentifiedRule: PlanRule = (plan) =>
  plan.user.birthDate === undefined && plan.user.nationalId === undefined
    ? [{ code: "plan/user-unidentified", path: ["user"] }]
    : [];
