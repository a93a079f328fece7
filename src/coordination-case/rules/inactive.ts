import { daysBetween } from "../../core/dates/calendar-date.js";
import type { CaseRule } from "./context.js";

/**
 * `case/inactive` (practice): an open case whose last activity (any step or logged activity) is
 * more than `inactiveDays` before today. A case never followed up is left to
 * `case/notice-not-followed-up`, so the two do not say the same thing twice.
 */
export const inactive: CaseRule = (c, ctx) => {
  if (c.status !== "open" || ctx.firstFollowUp === undefined) return [];
  const days = daysBetween(ctx.lastActivity, ctx.today);
  return days > ctx.inactiveDays ? [{ code: "case/inactive", path: ["activities"], params: { since: ctx.lastActivity, days } }] : [];
};
