import { addDays } from "../_case.js";
import type { CaseRule } from "./context.js";

/**
 * `case/notice-not-followed-up` (the guide; the number of days is the unit's routine, `followUpDays`):
 * an open case with no step taken from the notice's day through today, and today is more than
 * `followUpDays` after the notice. On the last allowed day it is not yet late.
 */
export const noticeNotFollowedUp: CaseRule = (c, ctx) => {
  if (c.status !== "open" || ctx.firstFollowUp !== undefined) return [];
  const due = addDays(c.notice.receivedOn, ctx.followUpDays);
  return ctx.today > due
    ? [{ code: "case/notice-not-followed-up", path: ["notice", "receivedOn"], params: { receivedOn: c.notice.receivedOn, due, days: ctx.followUpDays } }]
    : [];
};
