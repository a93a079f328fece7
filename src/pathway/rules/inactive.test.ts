import { describe, expect, it } from "vitest";
import { makePathwayCase, pathwayHits, soundSteps } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/inactive";

describe(CODE, () => {
  // The sound case's last step is 20 June 2025; 90 days later is 18 September.
  it("fires more than inactiveDays after the last step, not on the last allowed day", () => {
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-09-19" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-09-18" })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-07-21", inactiveDays: 30 })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-07-20", inactiveDays: 30 })).toEqual([]);
  });

  it("counts from the day the case opened when no step is done, and ignores steps after today", () => {
    expect(pathwayHits(CODE, makePathwayCase({ steps: [] }), { today: "2025-06-02" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase({ steps: [] }), { today: "2025-06-01" })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase({ steps: soundSteps().slice(0, 1) }), { today: "2025-06-02", inactiveDays: 90 })).toHaveLength(1);
  });

  it("does not fire on a closed case", () => {
    expect(pathwayHits(CODE, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }), { today: "2026-06-01" })).toEqual([]);
  });
});
