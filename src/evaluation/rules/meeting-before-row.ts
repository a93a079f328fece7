import type { RuleFinding } from "../../_lib/engine/rule.js";
import { endOfDeadline, isOneOffDeadline } from "../../core/dates/deadline-end.js";
import { EVALUATION_BASIS, evaluationRule } from "./context.js";

/**
 * `evaluation/meeting-before-row`: the meeting judged a row before it could be done. `reason` is
 * `done-later` when the row's `doneOn` is after the meeting, and `not-yet-due` when the row is not
 * done and the last day of its one-off deadline is after the meeting (a dropped row is not judged
 * on its deadline). The meeting on the day itself is not before it.
 */
export const meetingBeforeRowRule = evaluationRule({
  codes: {
    "evaluation/meeting-before-row": {
      severity: "warning",
      description: "The evaluation meeting judged a row before it could be done: the row was done after the meeting, or it is not done and its deadline falls after the meeting.",
      basis: EVALUATION_BASIS,
      messages: {
        nb: "Evalueringsmøtet {meetingDate} vurderte rad {row} før den kunne være gjennomført ({date})",
        nn: "Evalueringsmøtet {meetingDate} vurderte rad {row} før ho kunne vere gjennomført ({date})",
        en: "The evaluation meeting on {meetingDate} judged row {row} before it could be done ({date})",
      },
    },
  },
  run: (evaluation, ctx) => {
    const meetingDate = evaluation.meeting.date;
    return evaluation.rows.flatMap((row, index): RuleFinding<"evaluation/meeting-before-row">[] => {
      const planned = ctx.planRows.get(row.rowId);
      if (planned === undefined) return [];
      const at = { code: "evaluation/meeting-before-row" as const, path: ["rows", index] };
      if (planned.doneOn !== undefined && planned.doneOn > meetingDate) {
        return [{ ...at, params: { row: row.rowId, meetingDate, date: planned.doneOn, reason: "done-later" } }];
      }
      if (planned.status === "done" || row.result === "dropped") return [];
      const deadline = planned.deadline;
      if (deadline === undefined || !isOneOffDeadline(deadline)) return [];
      const due = endOfDeadline(deadline);
      return due > meetingDate ? [{ ...at, params: { row: row.rowId, meetingDate, date: due, reason: "not-yet-due" } }] : [];
    });
  },
});
