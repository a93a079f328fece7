import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/parent-consent-ended-at-16";
// This user turns 16 on TODAY; a parent consented before that.
const turning16 = { birthDate: "2009-10-01" };
const parent = [makeConsent({ id: "c-parent", givenBy: "parent", givenByParticipantId: "p-rel" })];

describe(CODE, () => {
  it("fires from the 16th birthday on a parent's earlier consent", () => {
    expect(found(check(makePlan({ user: turning16, consents: parent })), CODE)).toEqual([[CODE, ["consents", 0, "givenBy"]]]);
  });

  it("stays silent the day before", () => {
    expect(found(check(makePlan({ user: turning16, consents: parent }), { today: "2025-09-30" }), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", user: turning16, consents: parent })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, user: turning16, consents: parent })), CODE)).toEqual([]);
  });
});
