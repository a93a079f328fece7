import { describe, expect, it } from "vitest";
import { makePathwayCase, pathwayHits, withStep } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/step-before-precondition";

describe(CODE, () => {
  // The municipal assessment (24 March) must come after the concern (3 March).
  it("fires on a step done the day before its precondition, not on the same day", () => {
    expect(pathwayHits(CODE, withStep("concern", { doneOn: "2025-03-25" }))).toEqual([[CODE, ["steps", 1, "doneOn"]]]);
    expect(pathwayHits(CODE, withStep("concern", { doneOn: "2025-03-24" }))).toEqual([]);
  });

  it("fires on a step whose precondition was never done", () => {
    expect(pathwayHits(CODE, withStep("referral-bup", undefined))).toEqual([[CODE, ["steps", 3, "doneOn"]]]);
  });

  it("fires on a closed case too, and not on the sound case", () => {
    const closed = withStep("concern", undefined, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }));
    expect(pathwayHits(CODE, closed)).toEqual([[CODE, ["steps", 0, "doneOn"]]]);
    expect(pathwayHits(CODE, makePathwayCase())).toEqual([]);
  });
});
