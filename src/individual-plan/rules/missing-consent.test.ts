import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";
import type { IndividualPlan } from "../schema.js";

const MISSING = "plan/missing-consent";
const WITHDRAWN = "plan/consent-withdrawn";
const EXPIRED = "plan/consent-expired";

describe("plan/missing-consent, plan/consent-withdrawn, plan/consent-expired", () => {
  it("fires when no consent to the plan holds today, naming why the latest one ended", () => {
    expect(found(check(makePlan({ consents: [] })), MISSING)).toEqual([[MISSING, ["consents"]]]);
    const withdrawn = check(makePlan({ consents: [makeConsent({ id: "c-1", withdrawnOn: TODAY })] }));
    expect(found(withdrawn, WITHDRAWN)).toEqual([[WITHDRAWN, ["consents", 0, "withdrawnOn"]]]);
    expect(found(withdrawn, MISSING)).toEqual([]);
    const expired = check(makePlan({ consents: [makeConsent({ id: "c-1", validUntil: "2025-09-30" })] }));
    expect(found(expired, EXPIRED)).toEqual([[EXPIRED, ["consents", 0, "validUntil"]]]);
  });

  it("stays silent while a consent to the plan holds through today", () => {
    const codes = (consents: IndividualPlan["consents"]) => check(makePlan({ consents })).filter((f) => [MISSING, WITHDRAWN, EXPIRED].includes(f.code));
    expect(codes([makeConsent({ id: "c-1" })])).toEqual([]);
    expect(codes([makeConsent({ id: "c-1", validUntil: TODAY, withdrawnOn: "2025-10-02" })])).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", consents: [] })), MISSING)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, consents: [] })), MISSING)).toEqual([]);
    const withdrawn = [makeConsent({ id: "c-1", withdrawnOn: TODAY })];
    expect(found(check(makePlan({ status: "draft", consents: withdrawn })), WITHDRAWN)).toEqual([]);
  });
});
