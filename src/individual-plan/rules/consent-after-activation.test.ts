import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/consent-after-activation";
const late = [makeConsent({ id: "c-1", givenOn: "2025-01-21" })];

describe(CODE, () => {
  it("fires when the earliest consent to the plan came after activation", () => {
    const findings = check(makePlan({ consents: late }));
    expect(found(findings, CODE)).toEqual([[CODE, ["consents", 0, "givenOn"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ consentId: "c-1", givenOn: "2025-01-21", activatedOn: "2025-01-20" });
  });

  it("stays silent for a consent given on the day of activation or before", () => {
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", givenOn: "2025-01-20" })] })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", consents: late })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, consents: late })), CODE)).toEqual([]);
  });
});
