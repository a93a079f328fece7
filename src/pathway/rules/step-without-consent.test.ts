import { describe, expect, it } from "vitest";
import { checkPathwayCase, type PathwayCase } from "../../index.js";
import { makePathwayCase, PATHWAY_TODAY, pathwayHits, SIXTEENTH_BIRTHDAY, withStep } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/step-without-consent";
const reasons = (c: PathwayCase) => checkPathwayCase(c, { today: PATHWAY_TODAY }).filter((f) => f.code === CODE).map((f) => f.params?.["reason"]);

describe(CODE, () => {
  it("fires on a step that needs consent done with none", () => {
    expect(pathwayHits(CODE, withStep("family-meeting", { consent: undefined }))).toEqual([[CODE, ["steps", 2]]]);
    expect(reasons(withStep("family-meeting", { consent: undefined }))).toEqual(["missing"]);
  });

  it("fires on a consent given the day after the step, not on the day of it", () => {
    expect(reasons(withStep("family-meeting", { consent: { givenBy: "parent", givenOn: "2025-04-15" } }))).toEqual(["given-after-step"]);
    expect(reasons(withStep("family-meeting", { consent: { givenBy: "parent", givenOn: "2025-04-14" } }))).toEqual([]);
  });

  it("takes a parent's consent the day before the 16th birthday, not on it", () => {
    const parent = { givenBy: "parent" as const, givenOn: "2025-06-01" };
    expect(reasons(withStep("coordinated-follow-up", { doneOn: "2025-06-14", consent: parent }))).toEqual([]);
    expect(pathwayHits(CODE, withStep("coordinated-follow-up", { doneOn: SIXTEENTH_BIRTHDAY, consent: parent }))).toEqual([[CODE, ["steps", 5, "consent"]]]);
    expect(reasons(withStep("coordinated-follow-up", { doneOn: SIXTEENTH_BIRTHDAY, consent: parent }))).toEqual(["consent-by-parent-after-16"]);
  });

  it("takes the young person's own consent from the 16th birthday, not the day before", () => {
    const own = (givenOn: string) => withStep("coordinated-follow-up", { doneOn: "2025-06-20", consent: { givenBy: "user", givenOn } });
    expect(reasons(own(SIXTEENTH_BIRTHDAY))).toEqual([]);
    expect(reasons(own("2025-06-14"))).toEqual(["consent-by-minor"]);
  });

  it("does not judge steps that need no consent, and fires on a closed case too", () => {
    expect(reasons(withStep("bup-assessment", { consent: { givenBy: "user", givenOn: "2025-01-01" } }))).toEqual([]);
    const closed = withStep("family-meeting", { consent: undefined }, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }));
    expect(reasons(closed)).toEqual(["missing"]);
    expect(pathwayHits(CODE, makePathwayCase())).toEqual([]);
  });
});
