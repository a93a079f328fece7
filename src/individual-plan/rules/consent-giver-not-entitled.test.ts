import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/consent-giver-not-entitled";
// With no birth date, a parent's consent cannot be judged: it does not count.
const unknownAge = { name: "Bruker Testesen" };
const parent = [makeConsent({ id: "c-parent", givenBy: "parent", givenByParticipantId: "p-rel" })];

describe(CODE, () => {
  it("fires on a parent's consent for a user of unknown age, with the reason", () => {
    const findings = check(makePlan({ user: unknownAge, consents: parent }));
    expect(found(findings, CODE)).toEqual([[CODE, ["consents", 0, "givenBy"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ consentId: "c-parent", reason: "consent-age-unknown" });
  });

  it("stays silent on the user's own consent", () => {
    expect(found(check(makePlan({ user: unknownAge })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", user: unknownAge, consents: parent })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, user: unknownAge, consents: parent })), CODE)).toEqual([]);
  });
});
