import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeConsent, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/consent-recipients-missing";
const nobody = [makeConsent({ id: "c-1", sharesWith: [] })];

describe(CODE, () => {
  it("fires on a sharing consent that names no one, empty or left out", () => {
    expect(found(check(makePlan({ consents: nobody })), CODE)).toEqual([[CODE, ["consents", 0, "sharesWith"]]]);
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: undefined })] })), CODE)).toHaveLength(1);
  });

  it("stays silent when it names someone, or has ended", () => {
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: ["p-nav"] })] })), CODE)).toEqual([]);
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: [], withdrawnOn: "2025-09-01" })] })), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", consents: nobody })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, consents: nobody })), CODE)).toEqual([]);
  });
});
