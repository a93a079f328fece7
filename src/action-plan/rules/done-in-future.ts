import type { RawFinding } from "../../_lib/_legacy.js";
import type { ActionPlanRule } from "./context.js";

/** `action-plan/done-in-future`: a `doneOn` or `carriedOut` day after today. */
export const doneInFuture: ActionPlanRule = (plan, ctx) =>
  plan.rows.flatMap((row, index): RawFinding[] => {
    const findings: RawFinding[] = [];
    if (row.doneOn !== undefined && row.doneOn > ctx.today) {
      findings.push({ code: "action-plan/done-in-future", path: ["rows", index, "doneOn"], params: { row: row.id, date: row.doneOn } });
    }
    (row.carriedOut ?? []).forEach((date, day) => {
      if (date > ctx.today) {
        findings.push({ code: "action-plan/done-in-future", path: ["rows", index, "carriedOut", day], params: { row: row.id, date } });
      }
    });
    return findings;
  });
