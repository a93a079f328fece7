import type { RuleFinding } from "../../_lib/engine/rule.js";
import { practiceBasis } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";
import { MEETINGS_RECORDED } from "./_basis.js";

/**
 * `plan/meeting-not-recorded` (practice): in an active plan, a responsibility-group meeting dated
 * before today is still only planned: neither held nor cancelled is on record.
 */
export const meetingNotRecordedRule = planRule({
  codes: {
    "plan/meeting-not-recorded": {
      severity: "info",
      description: "In an active plan, a responsibility-group meeting dated before today is still only planned: neither held nor cancelled is on record.",
      basis: practiceBasis(MEETINGS_RECORDED),
      messages: {
        nb: "Møtet {meetingId} var planlagt {date}, men er ikke registrert som holdt eller avlyst",
        nn: "Møtet {meetingId} var planlagt {date}, men er ikkje registrert som halde eller avlyst",
        en: "Meeting {meetingId} was planned for {date} but is not recorded as held or cancelled",
      },
    },
  },
  statuses: ["active"],
  run: (plan, { today }) => {
    const findings: RuleFinding<"plan/meeting-not-recorded">[] = [];
    for (const [i, meeting] of (plan.responsibilityGroup?.meetings ?? []).entries()) {
      if ((meeting.status ?? "planned") !== "planned" || meeting.date >= today) continue;
      findings.push({
        code: "plan/meeting-not-recorded",
        path: ["responsibilityGroup", "meetings", i, "status"],
        params: { meetingId: meeting.id, date: meeting.date },
      });
    }
    return findings;
  },
});
