import { describe, expect, it } from "vitest";
import { makePathwayCase, pathwayHits, soundSteps, withStep } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/referral-without-family-meeting";

describe(CODE, () => {
  it("fires on a referral to BUP with no family meeting", () => {
    expect(pathwayHits(CODE, withStep("family-meeting", undefined))).toEqual([[CODE, ["steps", 2, "doneOn"]]]);
  });

  it("fires on a referral to HABU the day before the family meeting, not on the day of it or the day after", () => {
    const habu = (doneOn: string) =>
      makePathwayCase({ steps: [...soundSteps(), { stepId: "referral-habu", doneOn, byRole: "municipal-services", consent: { givenBy: "parent", givenOn: "2025-04-10" } }] });
    expect(pathwayHits(CODE, habu("2025-04-13"))).toEqual([[CODE, ["steps", 6, "doneOn"]]]);
    expect(pathwayHits(CODE, habu("2025-04-14"))).toEqual([]);
    expect(pathwayHits(CODE, habu("2025-04-15"))).toEqual([]);
  });

  it("fires on a referral to BUP the day before a family meeting that came later, not on the day of it or after", () => {
    // The sound family meeting is 14 April; the referral to BUP is moved around it.
    expect(pathwayHits(CODE, withStep("referral-bup", { doneOn: "2025-04-13" }))).toEqual([[CODE, ["steps", 3, "doneOn"]]]);
    expect(pathwayHits(CODE, withStep("referral-bup", { doneOn: "2025-04-14" }))).toEqual([]);
    expect(pathwayHits(CODE, withStep("referral-bup", { doneOn: "2025-04-15" }))).toEqual([]);
  });

  it("counts the first family meeting when there are several", () => {
    const again = makePathwayCase({ steps: [...soundSteps(), { stepId: "family-meeting", doneOn: "2025-05-01", byRole: "municipal-services", consent: { givenBy: "parent", givenOn: "2025-04-10" } }] });
    expect(pathwayHits(CODE, again)).toEqual([]);
  });

  it("does not fire on a task step or a family meeting with no meeting before it", () => {
    expect(pathwayHits(CODE, withStep("family-meeting", undefined, makePathwayCase({ steps: soundSteps().filter((s) => s.stepId !== "referral-bup" && s.stepId !== "bup-assessment") })))).toEqual([]);
  });

  it("is the only finding for a referral's missing family meeting (not also step-before-precondition)", () => {
    // Only the follow-up (index 4), which is not a referral, is reported for the missing meeting.
    expect(pathwayHits("pathway/step-before-precondition", withStep("family-meeting", undefined))).toEqual([["pathway/step-before-precondition", ["steps", 4, "doneOn"]]]);
  });

  it("fires on a closed case too, and not on the sound case", () => {
    const closed = withStep("family-meeting", undefined, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }));
    expect(pathwayHits(CODE, closed)).toHaveLength(1);
    expect(pathwayHits(CODE, makePathwayCase())).toEqual([]);
  });
});
