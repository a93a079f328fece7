import { describe, expect, it } from "vitest";
import { consentState, isGivenByMinor, onBehalfPurposes } from "./_state.js";
import type { PlanConsent } from "./schema.js";

const consent = (overrides: Partial<PlanConsent> = {}): PlanConsent => ({
  id: "c-1",
  purposes: ["plan"],
  givenBy: "user",
  givenOn: "2025-01-15",
  ...overrides,
});

describe("consentState", () => {
  it("holds from the day it is given through its last valid day", () => {
    expect(consentState(consent(), "2025-01-14")).toBe("not-yet-given");
    expect(consentState(consent(), "2025-01-15")).toBe("holds");
    expect(consentState(consent({ validUntil: "2025-06-30" }), "2025-06-30")).toBe("holds");
    expect(consentState(consent({ validUntil: "2025-06-30" }), "2025-07-01")).toBe("expired");
  });

  it("ends on the day it is withdrawn", () => {
    expect(consentState(consent({ withdrawnOn: "2025-03-01" }), "2025-02-28")).toBe("holds");
    expect(consentState(consent({ withdrawnOn: "2025-03-01" }), "2025-03-01")).toBe("withdrawn");
  });

  it("names what ended it first", () => {
    expect(consentState(consent({ withdrawnOn: "2025-03-01", validUntil: "2025-06-30" }), "2025-08-01")).toBe("withdrawn");
    expect(consentState(consent({ withdrawnOn: "2025-08-01", validUntil: "2025-06-30" }), "2025-08-01")).toBe("expired");
  });
});

describe("isGivenByMinor", () => {
  it("is true only for the user's own consent before 16, when the birth date is known", () => {
    expect(isGivenByMinor(consent(), "2009-01-16")).toBe(true);
    expect(isGivenByMinor(consent(), "2009-01-15")).toBe(false);
    expect(isGivenByMinor(consent({ givenBy: "parent" }), "2012-01-01")).toBe(false);
    expect(isGivenByMinor(consent(), undefined)).toBe(false);
    expect(isGivenByMinor(consent(), "2026-01-01")).toBe(true);
  });
});

describe("onBehalfPurposes", () => {
  it("collects the purposes of on-behalf consents that hold", () => {
    const consents = [
      consent({ givenBy: "parent", purposes: ["plan"] }),
      consent({ id: "c-2", givenBy: "guardian", purposes: ["information-sharing"], withdrawnOn: "2025-02-01" }),
      consent({ id: "c-3", purposes: ["information-sharing"] }),
    ];
    expect([...onBehalfPurposes(consents, "2025-03-01")]).toEqual(["plan"]);
  });
});
