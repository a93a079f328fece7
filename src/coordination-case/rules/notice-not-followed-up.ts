import { basisOf, jointBasis } from "../../core/findings/basis.js";
import { addDays } from "../_case.js";
import { NOTICE_FOLLOW_UP } from "./_basis.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/notice-not-followed-up` (the guide; the number of days is the unit's routine, `followUpDays`):
 * an open case with no step taken from the notice's day through today, and today is more than
 * `followUpDays` after the notice. On the last allowed day it is not yet late.
 */
export const noticeNotFollowedUpRule = caseRule({
  codes: {
    "case/notice-not-followed-up": {
      severity: "warning",
      description: "An open coordination case has had no step taken since the notice (melding) of need, and more than followUpDays have passed since the notice was received.",
      basis: jointBasis(basisOf("hol", ["7-3"]), NOTICE_FOLLOW_UP),
      messages: {
        nb: "Meldingen mottatt {receivedOn} er ikke fulgt opp innen {days} dager ({due})",
        nn: "Meldinga motteken {receivedOn} er ikkje følgd opp innan {days} dagar ({due})",
        en: "The notice received on {receivedOn} was not followed up within {days} days ({due})",
      },
    },
  },
  statuses: OPEN,
  run: (c, ctx) => {
    if (ctx.firstFollowUp !== undefined) return [];
    const due = addDays(c.notice.receivedOn, ctx.followUpDays);
    return ctx.today > due
      ? [{ code: "case/notice-not-followed-up", path: ["notice", "receivedOn"], params: { receivedOn: c.notice.receivedOn, due, days: ctx.followUpDays } }]
      : [];
  },
});
