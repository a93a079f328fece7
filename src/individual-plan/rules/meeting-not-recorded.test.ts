import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeeting, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";
import type { IndividualPlan } from "../schema.js";

const CODE = "plan/meeting-not-recorded";
const groupWith = (date: string): IndividualPlan["responsibilityGroup"] => ({
  establishedOn: "2025-01-20",
  memberIds: ["p-user", "p-coord"],
  meetings: [makeMeeting({ id: "mt-1", date: "2025-08-26" }), makeMeeting({ id: "mt-2", date, status: "planned" })],
});

describe(CODE, () => {
  it("fires on a planned meeting dated before today", () => {
    const findings = check(makePlan({ responsibilityGroup: groupWith("2025-09-30") }));
    expect(found(findings, CODE)).toEqual([[CODE, ["responsibilityGroup", "meetings", 1, "status"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ meetingId: "mt-2", date: "2025-09-30" });
  });

  it("stays silent for a planned meeting today or later", () => {
    expect(found(check(makePlan({ responsibilityGroup: groupWith(TODAY) })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", responsibilityGroup: groupWith("2025-09-30") })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, responsibilityGroup: groupWith("2025-09-30") })), CODE)).toEqual([]);
  });
});
