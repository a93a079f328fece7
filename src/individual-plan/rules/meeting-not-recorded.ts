import type { RawFinding } from "../../_lib/_legacy.js";
import type { PlanRule } from "../_context.js";

/**
 * `plan/meeting-not-recorded` (practice): in an active plan, a responsibility-group meeting dated
 * before today is still only planned: neither held nor cancelled is on record.
 */
export const meetingNotRecordedRule: PlanRule = (plan, { today }) => {
  if (plan.status !== "active") return [];
  const findings: RawFinding[] = [];
  for (const [i, meeting] of (plan.responsibilityGroup?.meetings ?? []).entries()) {
    if ((meeting.status ?? "planned") !== "planned" || meeting.date >= today) continue;
    findings.push({
      code: "plan/meeting-not-recorded",
      path: ["responsibilityGroup", "meetings", i, "status"],
      params: { meetingId: meeting.id, date: meeting.date },
    });
  }
  return findings;
};
