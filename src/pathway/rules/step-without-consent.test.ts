import { describe, expect, it } from "vitest";
import { checkPathwayCase, NationalIdSchema, type PathwayCase } from "../../index.js";
import { syntheticNationalId } from "../../../test/fixtures/individual-plan.js";
import { makePathwayCase, PATHWAY_TODAY, pathwayHits, SIXTEENTH_BIRTHDAY, withStep } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/step-without-consent";
const reasons = (c: PathwayCase) => checkPathwayCase(c, { today: PATHWAY_TODAY }).filter((f) => f.code === CODE).map((f) => f.params?.["reason"]);

describe(CODE, () => {
  it("fires on a step that needs consent done with none", () => {
    expect(pathwayHits(CODE, withStep("family-meeting", { consent: undefined }))).toEqual([[CODE, ["steps", 2]]]);
    expect(reasons(withStep("family-meeting", { consent: undefined }))).toEqual(["missing"]);
  });

  it("fires on a consent given the day after the step, not on the day of it or the day before", () => {
    expect(reasons(withStep("family-meeting", { consent: { givenBy: "parent", givenOn: "2025-04-15" } }))).toEqual(["given-after-step"]);
    expect(reasons(withStep("family-meeting", { consent: { givenBy: "parent", givenOn: "2025-04-14" } }))).toEqual([]);
    expect(reasons(withStep("family-meeting", { consent: { givenBy: "parent", givenOn: "2025-04-13" } }))).toEqual([]);
  });

  it("takes a parent's consent the day before the 16th birthday, not on it or the day after", () => {
    const parent = { givenBy: "parent" as const, givenOn: "2025-06-01" };
    expect(reasons(withStep("coordinated-follow-up", { doneOn: "2025-06-14", consent: parent }))).toEqual([]);
    expect(pathwayHits(CODE, withStep("coordinated-follow-up", { doneOn: SIXTEENTH_BIRTHDAY, consent: parent }))).toEqual([[CODE, ["steps", 5, "consent"]]]);
    expect(reasons(withStep("coordinated-follow-up", { doneOn: SIXTEENTH_BIRTHDAY, consent: parent }))).toEqual(["consent-by-parent-after-16"]);
    expect(reasons(withStep("coordinated-follow-up", { doneOn: "2025-06-16", consent: parent }))).toEqual(["consent-by-parent-after-16"]);
    // A parent's consent given on or after the birthday never counted.
    expect(reasons(withStep("coordinated-follow-up", { doneOn: "2025-06-20", consent: { givenBy: "parent", givenOn: SIXTEENTH_BIRTHDAY } }))).toEqual(["consent-by-parent-after-16"]);
  });

  it("takes the young person's own consent from the 16th birthday and the day after, not the day before", () => {
    const own = (givenOn: string) => withStep("coordinated-follow-up", { doneOn: "2025-06-20", consent: { givenBy: "user", givenOn } });
    expect(reasons(own(SIXTEENTH_BIRTHDAY))).toEqual([]);
    expect(reasons(own("2025-06-16"))).toEqual([]);
    expect(reasons(own("2025-06-14"))).toEqual(["consent-by-minor"]);
  });

  it("takes a child's own consent under 16 only when marked competentUnder16", () => {
    const minor = (competentUnder16: boolean | undefined) =>
      withStep("family-meeting", { consent: { givenBy: "user", givenOn: "2025-04-10", ...(competentUnder16 === undefined ? {} : { competentUnder16 }) } });
    expect(reasons(minor(true))).toEqual([]);
    expect(reasons(minor(false))).toEqual(["consent-by-minor"]);
    expect(reasons(minor(undefined))).toEqual(["consent-by-minor"]);
  });

  it("reads the birth date from the national id when none is recorded, and says when the age is unknown", () => {
    // A synthetic national id (month + 80) for 15 June 2009: the same 16th birthday as the fixture's child.
    const byId = (consent: { givenBy: "parent" | "user"; givenOn: string }, child: PathwayCase["child"]) =>
      withStep("coordinated-follow-up", { doneOn: "2025-06-20", consent }, makePathwayCase({ child }));
    expect(reasons(byId({ givenBy: "parent", givenOn: "2025-06-16" }, { id: "c-1", nationalId: NationalIdSchema.parse(syntheticNationalId("2009-06-15")) }))).toEqual(["consent-by-parent-after-16"]);
    // With no birth date, every parent's consent is in doubt: the family meeting's and the referral's too.
    expect(reasons(byId({ givenBy: "parent", givenOn: "2025-06-16" }, { id: "c-1" }))).toEqual(Array(3).fill("consent-age-unknown"));
  });

  it("takes a parent's consent from 16 while a lack of capacity is recorded, from its first day", () => {
    const lacking = (from: string) =>
      withStep("coordinated-follow-up", { doneOn: "2025-06-20", consent: { givenBy: "parent", givenOn: "2025-06-18" } },
        makePathwayCase({ child: { id: "c-1", birthDate: "2009-06-15", lacksConsentCapacity: [{ from, decidedOn: from }] } }));
    expect(reasons(lacking("2025-06-18"))).toEqual([]);
    expect(reasons(lacking("2025-06-19"))).toEqual(["consent-by-parent-after-16"]);
  });

  it("does not judge steps that need no consent, and fires on a closed case too", () => {
    expect(reasons(withStep("bup-assessment", { consent: { givenBy: "user", givenOn: "2025-01-01" } }))).toEqual([]);
    const closed = withStep("family-meeting", { consent: undefined }, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }));
    expect(reasons(closed)).toEqual(["missing"]);
    expect(pathwayHits(CODE, makePathwayCase())).toEqual([]);
  });
});
