import { describe, expect, it } from "vitest";
import { checkPathwayCase } from "../../index.js";
import { makePathwayCase, PATHWAY_TODAY, pathwayHits, pathwayOf, task, withStep } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/step-before-precondition";

describe(CODE, () => {
  // The municipal assessment (24 March) must come after the concern (3 March).
  it("fires on a step done the day before its precondition, not on the same day or the day after", () => {
    expect(pathwayHits(CODE, withStep("concern", { doneOn: "2025-03-25" }))).toEqual([[CODE, ["steps", 1, "doneOn"]]]);
    expect(pathwayHits(CODE, withStep("concern", { doneOn: "2025-03-24" }))).toEqual([]);
    expect(pathwayHits(CODE, withStep("concern", { doneOn: "2025-03-23" }))).toEqual([]);
  });

  it("judges each precondition of a step with several, and names it", () => {
    const pathway = pathwayOf(task("a"), task("b"), task("c", ["a", "b"]));
    const c = makePathwayCase({
      pathwayId: "test",
      steps: [
        { stepId: "a", doneOn: "2025-03-10", byRole: "municipal-services" },
        { stepId: "b", doneOn: "2025-03-12", byRole: "municipal-services" },
        { stepId: "c", doneOn: "2025-03-11", byRole: "municipal-services" },
      ],
    });
    const found = checkPathwayCase(c, { today: PATHWAY_TODAY, pathways: [pathway] }).filter((f) => f.code === CODE);
    expect(found.map((f) => [f.path, f.params?.["precondition"]])).toEqual([[["steps", 2, "doneOn"], "b"]]);
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
