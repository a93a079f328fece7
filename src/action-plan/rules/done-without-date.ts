import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlanRule } from "./context.js";

/** `action-plan/done-without-date`: a row marked done with no `doneOn`. */
export const doneWithoutDate: ActionPlanRule = (plan) =>
  plan.rows.flatMap((row, index): RawFinding[] =>
    row.status === "done" && row.doneOn === undefined
      ? [{ code: "action-plan/done-without-date", path: ["rows", index, "doneOn"], params: { row: row.id } }]
      : [],
  );
