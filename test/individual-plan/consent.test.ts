import { describe, expect, it } from "vitest";
import { consentCovers, type IndividualPlan, NationalIdSchema } from "../../src/index.js";
import { check, deepFreeze, found, makeConsent, makeParticipant, makePlan, syntheticNationalId, TODAY } from "../fixtures/individual-plan.js";

/** A plan for a user born on `birthDate`, with the given consents. */
function planFor(birthDate: string, consents: IndividualPlan["consents"], overrides: Partial<IndividualPlan> = {}): IndividualPlan {
  return makePlan({ user: { birthDate, nationalId: NationalIdSchema.parse(syntheticNationalId(birthDate)) }, consents, ...overrides });
}

describe("checkIndividualPlan: consent to the plan", () => {
  it("stays silent when a consent to the plan holds today", () => {
    const findings = check(makePlan());
    expect(findings.filter((f) => f.code.includes("consent"))).toEqual([]);
  });

  it("flags an active plan with no consents at all", () => {
    expect(found(check(makePlan({ consents: [] })), "plan/missing-consent")).toEqual([["plan/missing-consent", ["consents"]]]);
    expect(found(check(makePlan({ consents: undefined })), "plan/missing-consent")).toHaveLength(1);
  });

  it("does not count a consent to sharing only", () => {
    const consents = [makeConsent({ id: "c-1", purposes: ["information-sharing"] })];
    expect(found(check(makePlan({ consents })), "plan/missing-consent")).toHaveLength(1);
  });

  it("counts a consent from the day it is given, not before", () => {
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", givenOn: TODAY })] })), "plan/missing-consent")).toEqual([]);
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", givenOn: "2025-10-02" })] })), "plan/missing-consent")).toHaveLength(1);
  });

  it("does not ask drafts or closed plans for consent", () => {
    expect(found(check(makePlan({ status: "draft", consents: [] })), "plan/missing-consent")).toEqual([]);
    const closed = makePlan({ status: "closed", closedOn: "2025-09-01", closingReason: "goals-reached", consents: [] });
    expect(found(check(closed), "plan/missing-consent")).toEqual([]);
  });

  it("flags a consent withdrawn today, not one withdrawn tomorrow", () => {
    const today = check(makePlan({ consents: [makeConsent({ id: "c-1", withdrawnOn: TODAY })] }));
    expect(found(today, "plan/consent-withdrawn")).toEqual([["plan/consent-withdrawn", ["consents", 0, "withdrawnOn"]]]);
    expect(today.find((f) => f.code === "plan/consent-withdrawn")?.params).toEqual({ consentId: "c-1", withdrawnOn: TODAY });
    expect(found(today, "plan/missing-consent")).toEqual([]);
    const tomorrow = check(makePlan({ consents: [makeConsent({ id: "c-1", withdrawnOn: "2025-10-02" })] }));
    expect(found(tomorrow, "plan/consent-withdrawn")).toEqual([]);
  });

  it("flags a consent that expired yesterday, not one that holds through today", () => {
    const yesterday = check(makePlan({ consents: [makeConsent({ id: "c-1", validUntil: "2025-09-30" })] }));
    expect(found(yesterday, "plan/consent-expired")).toEqual([["plan/consent-expired", ["consents", 0, "validUntil"]]]);
    expect(yesterday.find((f) => f.code === "plan/consent-expired")?.params).toEqual({ consentId: "c-1", validUntil: "2025-09-30" });
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", validUntil: TODAY })] })), "plan/consent-expired")).toEqual([]);
  });

  it("names what ended the consent first, and looks at the most recent consent", () => {
    const both = makeConsent({ id: "c-1", validUntil: "2025-06-30", withdrawnOn: "2025-08-01" });
    expect(found(check(makePlan({ consents: [both] })), "plan/consent-expired")).toHaveLength(1);
    const older = makeConsent({ id: "c-old", givenOn: "2024-01-10", validUntil: "2024-12-31" });
    const newer = makeConsent({ id: "c-new", givenOn: "2025-01-15", withdrawnOn: "2025-09-01" });
    const findings = check(makePlan({ consents: [newer, older] }));
    expect(found(findings, "plan/consent-withdrawn")).toEqual([["plan/consent-withdrawn", ["consents", 0, "withdrawnOn"]]]);
    expect(found(findings, "plan/consent-expired")).toEqual([]);
  });

  it("stays silent about an ended consent when a later one holds", () => {
    const older = makeConsent({ id: "c-old", givenOn: "2024-01-10", validUntil: "2024-12-31" });
    expect(check(makePlan({ consents: [older, makeConsent({ id: "c-1" })] }))).toEqual([]);
  });
});

describe("checkIndividualPlan: who consented", () => {
  // On TODAY (2025-10-01) this user is 15; on 2025-01-15 (the consent) they were 14.
  const CHILD = "2010-03-12";

  it("flags a consent the user gave under 16 with no one consenting on their behalf", () => {
    const findings = check(planFor(CHILD, [makeConsent({ id: "c-1" })]));
    expect(found(findings, "plan/consent-by-minor")).toEqual([["plan/consent-by-minor", ["consents", 0, "givenBy"]]]);
    expect(found(findings, "plan/missing-consent")).toEqual([]);
  });

  it("stays silent when a parent consented to the same purposes", () => {
    const parent = makeConsent({ id: "c-2", givenBy: "parent", givenByParticipantId: "p-rel" });
    expect(found(check(planFor(CHILD, [makeConsent({ id: "c-1" }), parent])), "plan/consent-by-minor")).toEqual([]);
  });

  it("still flags it when the parent consented to the plan but not to sharing", () => {
    const parent = makeConsent({ id: "c-2", givenBy: "parent", purposes: ["plan"] });
    expect(found(check(planFor(CHILD, [makeConsent({ id: "c-1" }), parent])), "plan/consent-by-minor")).toHaveLength(1);
  });

  it("draws the line at the 16th birthday on the day of the consent", () => {
    const consent = makeConsent({ id: "c-1", givenOn: "2025-01-15" });
    expect(found(check(planFor("2009-01-15", [consent])), "plan/consent-by-minor")).toEqual([]);
    expect(found(check(planFor("2009-01-16", [consent])), "plan/consent-by-minor")).toHaveLength(1);
  });

  it("judges drafts too, but not closed plans or consents that have ended", () => {
    expect(found(check(planFor(CHILD, [makeConsent({ id: "c-1" })], { status: "draft" })), "plan/consent-by-minor")).toHaveLength(1);
    const closed = { status: "closed" as const, closedOn: "2025-09-01", closingReason: "other" as const };
    expect(found(check(planFor(CHILD, [makeConsent({ id: "c-1" })], closed)), "plan/consent-by-minor")).toEqual([]);
    const ended = makeConsent({ id: "c-1", withdrawnOn: "2025-05-01" });
    expect(found(check(planFor(CHILD, [ended])), "plan/consent-by-minor")).toEqual([]);
  });

  it("reads the age from the national id when no birth date is recorded", () => {
    const user = { nationalId: NationalIdSchema.parse(syntheticNationalId(CHILD)) };
    expect(found(check(makePlan({ user })), "plan/consent-by-minor")).toHaveLength(1);
  });

  it("flags a parent's consent given when the user was already 16", () => {
    const consent = makeConsent({ id: "c-1", givenBy: "parent", givenOn: "2025-01-15" });
    expect(found(check(planFor("2009-01-15", [consent])), "plan/parent-consent-over-16")).toEqual([
      ["plan/parent-consent-over-16", ["consents", 0, "givenBy"]],
    ]);
    expect(found(check(planFor("2009-01-16", [consent])), "plan/parent-consent-over-16")).toEqual([]);
  });

  it("accepts a guardian consenting for an adult whose lack of capacity is recorded, not otherwise", () => {
    const consent = makeConsent({ id: "c-1", givenBy: "guardian" });
    const lacking = planFor("1990-05-15", [consent]);
    const withRecord = { ...lacking, user: { ...lacking.user, lacksConsentCapacity: [{ from: "2024-11-01" }] } };
    expect(check(withRecord).filter((f) => f.path[0] === "consents")).toEqual([]);
    const findings = check(lacking);
    expect(found(findings, "plan/consent-giver-not-entitled")).toEqual([["plan/consent-giver-not-entitled", ["consents", 0, "givenBy"]]]);
    expect(findings.find((f) => f.code === "plan/consent-giver-not-entitled")?.params).toEqual({ consentId: "c-1", reason: "consent-capacity-not-recorded" });
  });

  it("flags a consent to the plan given after the plan was made active, not one given that day", () => {
    const late = check(makePlan({ consents: [makeConsent({ id: "c-1", givenOn: "2025-01-21" })] }));
    expect(found(late, "plan/consent-after-activation")).toEqual([["plan/consent-after-activation", ["consents", 0, "givenOn"]]]);
    expect(late.find((f) => f.code === "plan/consent-after-activation")?.params).toEqual({
      consentId: "c-1",
      givenOn: "2025-01-21",
      activatedOn: "2025-01-20",
    });
    const sameDay = check(makePlan({ consents: [makeConsent({ id: "c-1", givenOn: "2025-01-20" })] }));
    expect(found(sameDay, "plan/consent-after-activation")).toEqual([]);
    expect(found(check(makePlan({ activatedOn: undefined })), "plan/consent-after-activation")).toEqual([]);
  });

  it("flags a consent to share that names no one, while it holds", () => {
    const none = check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: undefined })] }));
    expect(found(none, "plan/consent-recipients-missing")).toEqual([["plan/consent-recipients-missing", ["consents", 0, "sharesWith"]]]);
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: [] })] })), "plan/consent-recipients-missing")).toHaveLength(1);
    const planOnly = makeConsent({ id: "c-1", purposes: ["plan"], sharesWith: undefined });
    expect(found(check(makePlan({ consents: [planOnly] })), "plan/consent-recipients-missing")).toEqual([]);
    const expired = makeConsent({ id: "c-2", purposes: ["information-sharing"], sharesWith: undefined, validUntil: "2025-09-30" });
    expect(found(check(makePlan({ consents: [makeConsent({ id: "c-1" }), expired] })), "plan/consent-recipients-missing")).toEqual([]);
  });
});

describe("checkIndividualPlan: participants and consent to share", () => {
  it("flags a participant no sharing consent names, with the reason", () => {
    const findings = check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: ["p-coord", "p-nav", "p-gp"] })] }));
    expect(found(findings, "plan/participant-without-consent")).toEqual([["plan/participant-without-consent", ["participants", 1]]]);
    expect(findings[0]?.params).toEqual({ participantId: "p-rel", reason: "no-consent" });
  });

  it("never asks the user for consent to see their own plan", () => {
    const findings = check(makePlan({ consents: [makeConsent({ id: "c-1", sharesWith: [] })] }));
    expect(found(findings, "plan/participant-without-consent").map(([, path]) => path)).toEqual([
      ["participants", 1],
      ["participants", 2],
      ["participants", 3],
      ["participants", 4],
    ]);
  });

  it("gives the reason a consent no longer covers", () => {
    const consents = [
      makeConsent({ id: "c-plan", purposes: ["plan"], sharesWith: undefined }),
      makeConsent({ id: "c-1", purposes: ["information-sharing"], validUntil: "2025-09-30" }),
    ];
    const findings = check(makePlan({ consents }));
    const reasons = findings.filter((f) => f.code === "plan/participant-without-consent").map((f) => f.params?.["reason"]);
    expect(reasons).toEqual(["consent-expired", "consent-expired", "consent-expired", "consent-expired"]);
  });

  it("leaves out participants who left before today, but not those leaving today", () => {
    const participants = [
      makeParticipant({ id: "p-user", role: "user" }),
      makeParticipant({ id: "p-old", leftOn: "2025-09-30" }),
      makeParticipant({ id: "p-last", leftOn: TODAY }),
    ];
    const findings = check(makePlan({ participants, consents: [makeConsent({ id: "c-1", sharesWith: [] })] }));
    expect(found(findings, "plan/participant-without-consent")).toEqual([["plan/participant-without-consent", ["participants", 2]]]);
  });

  it("judges active plans only", () => {
    const draft = check(makePlan({ status: "draft", consents: [makeConsent({ id: "c-1", sharesWith: [] })] }));
    expect(found(draft, "plan/participant-without-consent")).toEqual([]);
  });
});

describe("consentCovers", () => {
  const plan = deepFreeze(
    makePlan({
      participants: [
        makeParticipant({ id: "p-user", role: "user" }),
        makeParticipant({ id: "p-rel", role: "relative" }),
        makeParticipant({ id: "p-nav" }),
        makeParticipant({ id: "p-gp", role: "gp" }),
        makeParticipant({ id: "p-old", leftOn: "2025-09-30" }),
      ],
      consents: [
        makeConsent({ id: "c-plan", purposes: ["plan"], sharesWith: undefined }),
        makeConsent({ id: "c-nav", purposes: ["information-sharing"], sharesWith: ["p-nav", "p-old"] }),
        makeConsent({ id: "c-gp", purposes: ["information-sharing"], sharesWith: ["p-gp"], withdrawnOn: "2025-09-01" }),
      ],
    }),
  );

  it("covers the user as the user", () => {
    expect(consentCovers(plan, "p-user", { today: TODAY })).toEqual({ covered: true, by: "user" });
  });

  it("covers a named participant by the consent that names them", () => {
    expect(consentCovers(plan, "p-nav", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-nav" });
    expect(consentCovers(plan, "p-nav", { today: new Date(2025, 9, 1) })).toEqual({ covered: true, by: "consent", consentId: "c-nav" });
  });

  it("says why a participant is not covered", () => {
    expect(consentCovers(plan, "p-rel", { today: TODAY })).toEqual({ covered: false, reason: "no-consent" });
    expect(consentCovers(plan, "p-gp", { today: TODAY })).toEqual({ covered: false, reason: "consent-withdrawn" });
    expect(consentCovers(plan, "p-old", { today: TODAY })).toEqual({ covered: false, reason: "participant-left" });
    expect(consentCovers(plan, "p-nobody", { today: TODAY })).toEqual({ covered: false, reason: "unknown-participant" });
    expect(consentCovers(plan, "p-nav", { today: "2025-01-14" })).toEqual({ covered: false, reason: "consent-not-yet-given" });
    expect(consentCovers(plan, "p-nav", { today: "2026-02-01" })).toEqual({ covered: false, reason: "consent-expired" });
  });

  it("covers everyone through a consent to share with all, the first covering consent winning", () => {
    const all = makePlan({ consents: [makeConsent({ id: "c-1" }), makeConsent({ id: "c-2", sharesWith: ["p-gp"] })] });
    expect(consentCovers(all, "p-gp", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-1" });
    expect(consentCovers(all, "p-rel", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-1" });
  });

  it("prefers a consent that holds over an ended one, whatever the order", () => {
    const ended = makeConsent({ id: "c-old", givenOn: "2024-01-10", validUntil: "2024-12-31" });
    const plan2 = makePlan({ consents: [ended, makeConsent({ id: "c-1", sharesWith: ["p-gp"] })] });
    expect(consentCovers(plan2, "p-gp", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-1" });
  });

  it("does not let a consent the user gave under 16 cover anyone, but a parent's does", () => {
    const child = { birthDate: "2010-03-12" };
    const minor = makePlan({ user: child, consents: [makeConsent({ id: "c-1" })] });
    expect(consentCovers(minor, "p-gp", { today: TODAY })).toEqual({ covered: false, reason: "consent-by-minor" });
    const withParent = makePlan({ user: child, consents: [makeConsent({ id: "c-1" }), makeConsent({ id: "c-2", givenBy: "parent" })] });
    expect(consentCovers(withParent, "p-gp", { today: TODAY })).toEqual({ covered: true, by: "consent", consentId: "c-2" });
  });

  it("throws a RangeError on a broken today", () => {
    expect(() => consentCovers(plan, "p-nav", { today: "2025-02-30" })).toThrow(RangeError);
  });
});
