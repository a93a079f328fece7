import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/parent-consent-over-16";
// This user turned 16 on 2024-03-01; the parent consented on 2025-04-01.
const over16 = { birthDate: "2008-03-01" };
const parent = [makeConsent({ id: "c-parent", givenBy: "parent", givenByParticipantId: "p-rel", givenOn: "2025-04-01" })];

describe(CODE, () => {
  it("fires on a parent's consent given after the user turned 16", () => {
    expect(found(check(makePlan({ user: over16, consents: parent })), CODE)).toEqual([[CODE, ["consents", 0, "givenBy"]]]);
  });

  it("stays silent when a lack of capacity is recorded, or the user consented", () => {
    const lacking = { ...over16, lacksConsentCapacity: [{ from: "2025-03-15" }] };
    expect(found(check(makePlan({ user: lacking, consents: parent })), CODE)).toEqual([]);
    expect(found(check(makePlan({ user: over16 })), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", user: over16, consents: parent })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, user: over16, consents: parent })), CODE)).toEqual([]);
  });
});
