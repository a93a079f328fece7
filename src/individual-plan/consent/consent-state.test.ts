import { describe, expect, it } from "vitest";
import { consentCounts, consentState, onBehalfPurposes, restsOn } from "./_state.js";
import { consentSubject } from "./authority.js";
import type { PlanConsent } from "./schema.js";

const consent = (overrides: Partial<PlanConsent> = {}): PlanConsent => ({
  id: "c-1",
  purposes: ["plan"],
  givenBy: "user",
  givenOn: "2025-01-15",
  ...overrides,
});
const adult = consentSubject({ birthDate: "1990-05-15" });
const teen = consentSubject({ birthDate: "2009-06-01" }); // 16 on 2025-06-01

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

describe("consentCounts", () => {
  it("counts a consent only while it holds and its giver may consent", () => {
    expect(consentCounts(consent(), adult, "2025-03-01")).toBe(true);
    expect(consentCounts(consent({ withdrawnOn: "2025-02-01" }), adult, "2025-03-01")).toBe(false);
    const parent = consent({ givenBy: "parent" });
    expect(consentCounts(parent, teen, "2025-05-31")).toBe(true);
    expect(consentCounts(parent, teen, "2025-06-01")).toBe(false);
  });
});

describe("onBehalfPurposes", () => {
  it("collects the purposes of on-behalf consents that hold and were given by someone then entitled", () => {
    const consents = [
      consent({ givenBy: "parent", purposes: ["plan"] }),
      consent({ id: "c-2", givenBy: "guardian", purposes: ["information-sharing"], withdrawnOn: "2025-02-01" }),
      consent({ id: "c-3", purposes: ["information-sharing"] }),
    ];
    expect([...onBehalfPurposes(consents, teen, "2025-03-01")]).toEqual(["plan"]);
    // A parent's consent that lapsed on the 16th birthday still says a parent consented then.
    expect([...onBehalfPurposes(consents, teen, "2025-07-01")]).toEqual(["plan"]);
    // One given when the user was already 16 never did.
    expect([...onBehalfPurposes([consent({ givenBy: "parent", givenOn: "2025-06-01" })], teen, "2025-07-01")]).toEqual([]);
  });
});

describe("restsOn", () => {
  it("is true when no other counting consent gives the same purposes to the same participants", () => {
    const parent = consent({ givenBy: "parent", purposes: ["plan", "information-sharing"], sharesWith: ["p-nav", "p-gp"] });
    const own = consent({ id: "c-2", givenOn: "2025-06-10", purposes: ["plan", "information-sharing"], sharesWith: ["p-nav"] });
    expect(restsOn(parent, [parent], teen, "2025-07-01")).toBe(true);
    expect(restsOn(parent, [parent, own], teen, "2025-07-01")).toBe(true);
    const all = consent({ id: "c-3", givenOn: "2025-06-10", purposes: ["plan", "information-sharing"], sharesWith: "all" });
    expect(restsOn(parent, [parent, all], teen, "2025-07-01")).toBe(false);
    expect(restsOn(parent, [parent, own, consent({ id: "c-4", givenOn: "2025-06-10", purposes: ["information-sharing"], sharesWith: ["p-gp"] })], teen, "2025-07-01")).toBe(false);
  });
});
