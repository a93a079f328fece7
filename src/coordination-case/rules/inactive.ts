import { daysBetween } from "../../core/dates/calendar-date.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/inactive` (practice): an open case whose last activity (any step or logged activity) is
 * more than `inactiveDays` before today. A case never followed up is left to
 * `case/notice-not-followed-up`, so the two do not say the same thing twice.
 */
export const inactiveRule = caseRule({
  codes: {
    "case/inactive": {
      severity: "warning",
      description: "An open case's last activity is more than inactiveDays before today; a case never followed up is reported as notice-not-followed-up instead.",
      basis: PRACTICE,
      messages: {
        nb: "Den åpne saken har ingen aktivitet siden {since} ({days} dager)",
        nn: "Den opne saka har ingen aktivitet sidan {since} ({days} dagar)",
        en: "The open case has had no activity since {since} ({days} days)",
      },
    },
  },
  statuses: OPEN,
  run: (_c, ctx) => {
    if (ctx.firstFollowUp === undefined) return [];
    const days = daysBetween(ctx.lastActivity, ctx.today);
    return days > ctx.inactiveDays ? [{ code: "case/inactive", path: ["activities"], params: { since: ctx.lastActivity, days } }] : [];
  },
});
