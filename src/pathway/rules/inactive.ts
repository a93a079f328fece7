import { daysBetween } from "../../core/dates/calendar-date.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { OPEN, pathwayRule } from "./context.js";

/**
 * `pathway/inactive` (practice): an open case whose last step (or the day it opened) is more than
 * `inactiveDays` before today.
 */
export const inactiveRule = pathwayRule({
  codes: {
    "pathway/inactive": {
      severity: "warning",
      description: "An open pathway case's last step (or the day it opened) is more than inactiveDays before today.",
      basis: PRACTICE,
      messages: {
        nb: "Forløpet har ingen aktivitet siden {since} ({days} dager)",
        nn: "Forløpet har ingen aktivitet sidan {since} ({days} dagar)",
        en: "The pathway case has had no activity since {since} ({days} days)",
      },
    },
  },
  statuses: OPEN,
  run: (_c, ctx) => {
    const days = daysBetween(ctx.lastActivity, ctx.today);
    return days > ctx.inactiveDays ? [{ code: "pathway/inactive", path: ["steps"], params: { since: ctx.lastActivity, days } }] : [];
  },
});
