import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { recordedDates } from "../_case.js";
import { caseRule } from "./context.js";

/**
 * `case/date-in-future` (practice: a case records what has happened): a date after today anywhere
 * in the case, training days included. Any status.
 */
export const dateInFutureRule = caseRule({
  codes: {
    "case/date-in-future": {
      severity: "error",
      description: "A date anywhere in the case, training days included, is after today. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "Datoen {date} er etter dagens dato",
        nn: "Datoen {date} er etter dagens dato",
        en: "The date {date} is after today",
      },
    },
  },
  run: (c, { today }) =>
    recordedDates(c).flatMap(({ date, path }): RuleFinding<"case/date-in-future">[] =>
      date > today ? [{ code: "case/date-in-future", path, params: { date } }] : [],
    ),
});
