import { describe, expect, it } from "vitest";
import {
  consentCovers,
  type IndividualPlan,
  NationalIdSchema,
  type PlanConsent,
  type PlanUser,
  sharePlanWith,
  summarizePlan,
  validateIndividualPlan,
  whoMayConsent,
} from "../../src/index.js";
import { check, deepFreeze, found, makeConsent, makeParticipant, makePlan, syntheticNationalId, TODAY } from "../fixtures/individual-plan.js";

const ON_BEHALF = ["parent", "guardian", "representative"];
const parentConsent = (overrides: Partial<PlanConsent> = {}): PlanConsent =>
  makeConsent({ id: "c-parent", givenBy: "parent", givenByParticipantId: "p-rel", ...overrides });
const planFor = (user: PlanUser, consents: PlanConsent[], overrides: Partial<IndividualPlan> = {}): IndividualPlan =>
  deepFreeze(makePlan({ user, consents, ...overrides }));
const consentCodes = (plan: IndividualPlan, today = TODAY): string[] =>
  check(plan, { today }).filter((f) => f.path[0] === "consents").map((f) => f.code);

describe("whoMayConsent", () => {
  it("answers by age, with the 16th birthday counting as 16", () => {
    expect(whoMayConsent({ birthDate: "2009-10-02" }, { today: TODAY })).toEqual({ givers: ON_BEHALF, basis: "under-16" });
    expect(whoMayConsent({ birthDate: "2009-10-01" }, { today: TODAY })).toEqual({ givers: ["user"], basis: "from-16" });
    expect(whoMayConsent({ birthDate: "1990-05-15" }, { today: TODAY })).toEqual({ givers: ["user"], basis: "from-16" });
    expect(whoMayConsent({}, { today: TODAY })).toEqual({ givers: ["user"], basis: "age-unknown" });
  });

  it("reads the age from the national id when no birth date is recorded", () => {
    const user = { nationalId: NationalIdSchema.parse(syntheticNationalId("2010-03-12")) };
    expect(whoMayConsent(user, { today: "2026-03-11" }).basis).toBe("under-16");
    expect(whoMayConsent(user, { today: "2026-03-12" }).basis).toBe("from-16");
  });

  it("moves a 29 February birthday to 1 March in a year without that day", () => {
    expect(whoMayConsent({ birthDate: "2008-02-29" }, { today: "2024-02-28" }).basis).toBe("under-16");
    expect(whoMayConsent({ birthDate: "2008-02-29" }, { today: "2024-02-29" }).basis).toBe("from-16");
    // 2100 is no leap year: the 16th birthday of one born 29 February 2084 is 1 March 2100.
    expect(whoMayConsent({ birthDate: "2084-02-29" }, { today: "2100-02-28" }).basis).toBe("under-16");
    expect(whoMayConsent({ birthDate: "2084-02-29" }, { today: "2100-03-01" }).basis).toBe("from-16");
  });

  it("lets those on the user's behalf consent while a lack of capacity is recorded, parents only under 18", () => {
    const lacking = [{ from: "2025-03-01", to: "2025-12-31" }];
    const at17 = { birthDate: "2008-06-01", lacksConsentCapacity: lacking };
    expect(whoMayConsent(at17, { today: TODAY })).toEqual({ givers: ON_BEHALF, basis: "lacks-capacity" });
    expect(whoMayConsent(at17, { today: "2025-02-28" })).toEqual({ givers: ["user"], basis: "from-16" });
    expect(whoMayConsent(at17, { today: "2026-01-01" })).toEqual({ givers: ["user"], basis: "from-16" });
    const adult = { birthDate: "1990-05-15", lacksConsentCapacity: [{ from: "2025-03-01" }] };
    expect(whoMayConsent(adult, { today: TODAY })).toEqual({ givers: ["guardian", "representative"], basis: "lacks-capacity" });
    expect(whoMayConsent({ lacksConsentCapacity: [{ from: "2025-03-01" }] }, { today: TODAY }).givers).toEqual(["guardian", "representative"]);
    // Under 16, those with parental responsibility consent whatever the capacity.
    expect(whoMayConsent({ birthDate: "2012-01-01", lacksConsentCapacity: lacking }, { today: TODAY }).basis).toBe("under-16");
  });

  it("throws a RangeError on a broken today", () => {
    expect(() => whoMayConsent({}, { today: "2025-13-01" })).toThrow(RangeError);
  });
});

describe("a parent's consent on the 16th birthday", () => {
  // Born 2009-10-02 the user is 15 on TODAY (2025-10-01); born 2009-10-01 they turn 16 that day.
  const before = planFor({ birthDate: "2009-10-02" }, [parentConsent()]);
  const on = planFor({ birthDate: "2009-10-01" }, [parentConsent()]);

  it("covers the day before and not on the birthday, in consentCovers", () => {
    expect(consentCovers(before, "p-nav", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-parent" });
    expect(consentCovers(on, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
    expect(consentCovers(on, "p-nav", { today: "2025-09-30" })).toEqual({ covered: true, by: "consent", consentId: "c-parent" });
  });

  it("is shared the day before and withheld on the birthday, by sharePlanWith", () => {
    expect(sharePlanWith(before, "p-nav", { today: TODAY })).toStrictEqual(before);
    const shared = sharePlanWith(on, "p-nav", { today: TODAY });
    expect(shared.user).toStrictEqual({});
    expect(shared.goals?.[0]).toStrictEqual({ id: "g-1", expressedById: "p-user", status: "active" });
    expect(JSON.stringify(shared)).not.toContain("Søster Testesen");
  });

  it("is an error on the birthday, and the plan rests on it so no other consent finding is added", () => {
    expect(consentCodes(before)).toEqual([]);
    const findings = check(on);
    expect(found(findings, "plan/parent-consent-ended-at-16")).toEqual([["plan/parent-consent-ended-at-16", ["consents", 0, "givenBy"]]]);
    expect(findings.find((f) => f.code === "plan/parent-consent-ended-at-16")?.severity).toBe("error");
    expect(found(findings, "plan/missing-consent")).toEqual([]);
    expect(found(findings, "plan/participant-without-consent").map((f) => f[1])).toHaveLength(4);
    expect(validateIndividualPlan(JSON.parse(JSON.stringify(on)), { today: TODAY }).ok).toBe(false);
    expect(summarizePlan(on, { today: TODAY }).consentToPlan).toBe(false);
    expect(summarizePlan(before, { today: TODAY }).consentToPlan).toBe(true);
  });

  it("handles a leap-day birthday on 1 March of a year without 29 February", () => {
    const leap = planFor({ birthDate: "2084-02-29" }, [parentConsent({ givenOn: "2099-06-01", validUntil: "2100-12-31" })], {
      activatedOn: "2099-06-01",
    });
    expect(consentCovers(leap, "p-nav", { today: "2100-02-28" }).covered).toBe(true);
    expect(consentCovers(leap, "p-nav", { today: "2100-03-01" })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
    expect(consentCodes(leap, "2100-02-28")).toEqual([]);
    expect(consentCodes(leap, "2100-03-01")).toEqual(["plan/parent-consent-ended-at-16"]);
  });

  it("no longer matters once the young person has consented themselves", () => {
    const own = makeConsent({ id: "c-own", givenOn: "2025-10-01", sharesWith: "all" });
    const plan = planFor({ birthDate: "2009-10-01" }, [parentConsent(), own]);
    expect(consentCodes(plan)).toEqual([]);
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-own" });
  });

  it("still matters when the young person's own consent shares with fewer participants", () => {
    const own = makeConsent({ id: "c-own", givenOn: "2025-10-01", sharesWith: ["p-nav"] });
    const plan = planFor({ birthDate: "2009-10-01" }, [parentConsent(), own]);
    expect(consentCodes(plan)).toEqual(["plan/parent-consent-ended-at-16"]);
    expect(consentCovers(plan, "p-gp", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
  });

  it("does not count the user's own consent from before 16 either, without a finding that a parent never consented", () => {
    const minor = makeConsent({ id: "c-minor", givenOn: "2025-01-15" });
    const plan = planFor({ birthDate: "2009-10-01" }, [minor, parentConsent()]);
    expect(consentCodes(plan)).toEqual(["plan/parent-consent-ended-at-16"]);
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
  });
});

describe("a parent's consent given after the user turned 16", () => {
  // Issue 9: given while the user is 17; the warning fired, yet the consent covered and NAV got the plan.
  const plan = planFor({ birthDate: "2008-03-01" }, [parentConsent({ givenOn: "2025-04-01" })]);

  it("is an error, does not cover, and is withheld", () => {
    const findings = check(plan);
    expect(found(findings, "plan/parent-consent-over-16")).toEqual([["plan/parent-consent-over-16", ["consents", 0, "givenBy"]]]);
    expect(findings.find((f) => f.code === "plan/parent-consent-over-16")?.severity).toBe("error");
    expect(found(findings, "plan/parent-consent-ended-at-16")).toEqual([]);
    expect(found(findings, "plan/missing-consent")).toEqual([]);
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
    expect(sharePlanWith(plan, "p-nav", { today: TODAY }).user).toStrictEqual({});
  });

  it("counts when a lack of capacity is recorded for the 16- or 17-year-old, until 18", () => {
    const lacking = planFor({ birthDate: "2008-03-01", lacksConsentCapacity: [{ from: "2025-03-15" }] }, [parentConsent({ givenOn: "2025-04-01", validUntil: "2026-12-31" })], {
      activatedOn: "2025-04-01",
    });
    expect(consentCodes(lacking)).toEqual([]);
    expect(consentCovers(lacking, "p-nav", { today: TODAY }).covered).toBe(true);
    expect(consentCovers(lacking, "p-nav", { today: "2026-02-28" }).covered).toBe(true);
    expect(consentCovers(lacking, "p-nav", { today: "2026-03-01" })).toEqual({ covered: false, reason: "consent-by-parent-after-16" });
    const at18 = check(lacking, { today: "2026-03-01" });
    expect(found(at18, "plan/consent-giver-not-entitled")).toHaveLength(1);
    expect(at18.find((f) => f.code === "plan/consent-giver-not-entitled")?.params?.["reason"]).toBe("consent-by-parent-after-16");
  });
});

describe("consent when the user's birth date is unknown", () => {
  it("does not let a parent's consent cover, with an error, but lets the user's", () => {
    const parent = planFor({ name: "Bruker" }, [parentConsent()]);
    expect(consentCovers(parent, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-age-unknown" });
    const findings = check(parent);
    expect(found(findings, "plan/consent-giver-not-entitled")).toEqual([["plan/consent-giver-not-entitled", ["consents", 0, "givenBy"]]]);
    expect(findings.find((f) => f.code === "plan/consent-giver-not-entitled")?.params).toEqual({ consentId: "c-parent", reason: "consent-age-unknown" });
    const lacking = planFor({ lacksConsentCapacity: [{ from: "2024-01-01" }] }, [parentConsent()]);
    expect(consentCovers(lacking, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-age-unknown" });
    const own = planFor({ name: "Bruker" }, [makeConsent({ id: "c-1" })]);
    expect(consentCovers(own, "p-nav", { today: TODAY }).covered).toBe(true);
    expect(consentCodes(own)).toEqual([]);
  });
});

describe("consent and capacity", () => {
  const record = [{ from: "2025-06-01", to: "2025-12-31", decidedOn: "2025-06-01" }];

  it("does not count the user's own consent while a lack of capacity is recorded", () => {
    const plan = planFor({ birthDate: "1990-05-15", lacksConsentCapacity: record }, [makeConsent({ id: "c-1" })]);
    expect(consentCovers(plan, "p-nav", { today: "2025-05-31" }).covered).toBe(true);
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-user-lacking-capacity" });
    expect(check(plan).find((f) => f.code === "plan/consent-giver-not-entitled")?.params?.["reason"]).toBe("consent-by-user-lacking-capacity");
  });

  it("counts a guardian's consent during the recorded time and not after it", () => {
    const guardian = makeConsent({ id: "c-g", givenBy: "guardian", givenOn: "2025-06-02", validUntil: "2026-06-30" });
    const plan = planFor({ birthDate: "1990-05-15", lacksConsentCapacity: record }, [guardian], { activatedOn: "2025-06-02" });
    expect(consentCodes(plan)).toEqual([]);
    expect(consentCovers(plan, "p-nav", { today: "2025-12-31" }).covered).toBe(true);
    expect(consentCovers(plan, "p-nav", { today: "2026-01-01" })).toEqual({ covered: false, reason: "consent-capacity-not-recorded" });
  });
});

describe("a consent the user gave under 16 in a matter they decide", () => {
  it("counts when marked competentUnder16", () => {
    const marked = planFor({ birthDate: "2011-01-01" }, [makeConsent({ id: "c-1", competentUnder16: true })]);
    expect(consentCodes(marked)).toEqual([]);
    expect(consentCovers(marked, "p-nav", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-1" });
    const unmarked = planFor({ birthDate: "2011-01-01" }, [makeConsent({ id: "c-1" })]);
    expect(consentCodes(unmarked)).toEqual(["plan/consent-by-minor"]);
    expect(consentCovers(unmarked, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-minor" });
  });

  it("does not count when a lack of capacity is recorded", () => {
    const user = { birthDate: "2011-01-01", lacksConsentCapacity: [{ from: "2024-01-01" }] };
    const plan = planFor(user, [makeConsent({ id: "c-1", competentUnder16: true })]);
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-user-lacking-capacity" });
  });
});

describe("an id two participants share", () => {
  const participants = [
    makeParticipant({ id: "p-user", role: "user" }),
    makeParticipant({ id: "p-nav", service: "NAV, oppfølging", contact: "nav@example.invalid", leftOn: "2025-01-31" }),
    makeParticipant({ id: "p-nav", role: "relative", name: "Pårørende Testesen", contact: "99 99 99 99" }),
  ];
  const plan = planFor({ birthDate: "1990-05-15" }, [makeConsent({ id: "c-1", sharesWith: ["p-gp"] })], { participants });

  it("covers neither, and keeps neither entry whole", () => {
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "ambiguous-participant" });
    const shared = sharePlanWith(plan, "p-nav", { today: TODAY });
    expect(shared.participants).toStrictEqual([
      { id: "p-user", role: "user" },
      { id: "p-nav", role: "service-provider", leftOn: "2025-01-31" },
      { id: "p-nav", role: "relative" },
    ]);
  });

  it("is ambiguous even when a consent names the id", () => {
    const named = planFor({ birthDate: "1990-05-15" }, [makeConsent({ id: "c-1", sharesWith: ["p-nav"] })], { participants });
    expect(consentCovers(named, "p-nav", { today: TODAY })).toEqual({ covered: false, reason: "ambiguous-participant" });
  });
});
