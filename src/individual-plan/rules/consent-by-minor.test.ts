import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/consent-by-minor";
// On TODAY this user is 15; on 2025-01-15 (the consent) they were 14.
const child = { birthDate: "2010-03-12" };
const own = [makeConsent({ id: "c-1" })];

describe(CODE, () => {
  it("fires on a consent the user gave under 16 with no one consenting on their behalf", () => {
    expect(found(check(makePlan({ user: child, consents: own })), CODE)).toEqual([[CODE, ["consents", 0, "givenBy"]]]);
  });

  it("stays silent when a parent consented to the same purposes, and for an adult user", () => {
    const parent = makeConsent({ id: "c-2", givenBy: "parent", givenByParticipantId: "p-rel" });
    expect(found(check(makePlan({ user: child, consents: [...own, parent] })), CODE)).toEqual([]);
    expect(found(check(makePlan({ consents: own })), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", user: child, consents: own })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, user: child, consents: own })), CODE)).toEqual([]);
  });
});
