import { describe, expect, it } from "vitest";
import { makePathwayCase, pathwayHits, soundSteps } from "../../../test/fixtures/pathway.js";

describe("pathway/unknown-step", () => {
  it("fires on a step record naming no step of the pathway", () => {
    const c = makePathwayCase({ steps: [...soundSteps(), { stepId: "school-visit", doneOn: "2025-06-25", byRole: "municipal-services" }] });
    expect(pathwayHits("pathway/unknown-step", c)).toEqual([["pathway/unknown-step", ["steps", 6, "stepId"]]]);
  });

  it("does not fire on the sound case, nor when the pathway itself is unknown", () => {
    expect(pathwayHits("pathway/unknown-step", makePathwayCase())).toEqual([]);
    const c = makePathwayCase({ pathwayId: "nope", steps: [{ stepId: "school-visit", doneOn: "2025-06-25", byRole: "family" }] });
    expect(pathwayHits("pathway/unknown-step", c)).toEqual([]);
  });
});
