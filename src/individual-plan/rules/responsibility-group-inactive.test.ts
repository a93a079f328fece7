import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeeting, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";
import type { IndividualPlan } from "../schema.js";

const CODE = "plan/responsibility-group-inactive";
// Six months before TODAY is 2025-04-01.
const lastMet = (date: string, establishedOn = "2025-01-10"): IndividualPlan["responsibilityGroup"] => ({
  establishedOn,
  memberIds: ["p-user", "p-coord"],
  meetings: [makeMeeting({ id: "mt-1", date }), makeMeeting({ id: "mt-2", date: "2025-11-18", status: "planned" })],
});

describe(CODE, () => {
  it("fires when no meeting was held in the six months through today", () => {
    const findings = check(makePlan({ responsibilityGroup: lastMet("2025-03-31") }));
    expect(found(findings, CODE)).toEqual([[CODE, ["responsibilityGroup", "meetings"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ since: "2025-04-01" });
  });

  it("stays silent for a meeting on the first day of the six months, or a younger group", () => {
    expect(found(check(makePlan({ responsibilityGroup: lastMet("2025-04-01") })), CODE)).toEqual([]);
    expect(found(check(makePlan({ responsibilityGroup: lastMet("2025-03-31", "2025-04-02") })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", responsibilityGroup: lastMet("2025-03-31") })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, responsibilityGroup: lastMet("2025-03-31") })), CODE)).toEqual([]);
  });
});
