import type { RawFinding } from "../../_lib/_legacy.js";
import { recordedDates } from "../_case.js";
import type { CaseRule } from "./context.js";

/**
 * `case/date-in-future` (practice: a case records what has happened): a date after today anywhere
 * in the case, training days included. Any status.
 */
export const dateInFuture: CaseRule = (c, { today }) =>
  recordedDates(c).flatMap(({ date, path }): RawFinding[] => (date > today ? [{ code: "case/date-in-future", path, params: { date } }] : []));
