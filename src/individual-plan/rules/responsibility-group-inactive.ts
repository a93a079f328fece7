import { addMonths } from "../../core/dates/day-number.js";
import { practiceBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { GROUP_CADENCE } from "./_basis.js";

/**
 * `plan/responsibility-group-inactive` (practice: groups commonly meet once or twice a half-year):
 * an active plan's responsibility group held no meeting from six months before today through
 * today. A group younger than six months (by `establishedOn`, else the plan's activation or period
 * start) is not judged yet.
 */
export const responsibilityGroupInactiveRule = planRule({
  codes: {
    "plan/responsibility-group-inactive": {
      severity: "warning",
      description: "An active plan's responsibility group (ansvarsgruppe) held no meeting in the six months up to today; a group younger than six months is not judged yet.",
      basis: practiceBasis(GROUP_CADENCE),
      messages: {
        nb: "Ansvarsgruppen har ikke hatt møte siden {since}",
        nn: "Ansvarsgruppa har ikkje hatt møte sidan {since}",
        en: "The responsibility group has not met since {since}",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const group = plan.responsibilityGroup;
    if (group === undefined) return [];
    const since = addMonths(today, -6);
    const started = group.establishedOn ?? plan.activatedOn ?? plan.period?.from;
    if (started !== undefined && started > since) return [];
    const met = (group.meetings ?? []).some((m) => m.status === "held" && m.date >= since && m.date <= today);
    return met ? [] : [{ code: "plan/responsibility-group-inactive", path: ["responsibilityGroup", "meetings"], params: { since } }];
  },
});
