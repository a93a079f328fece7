import { describe, expect, it } from "vitest";
import { checkPathwayCase } from "../../index.js";
import { makePathwayCase, pathwayHits, soundSteps } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/inactive";

describe(CODE, () => {
  // The sound case's last step is 20 June 2025; 90 days later is 18 September.
  it("fires more than inactiveDays after the last step, not on the last allowed day or the day before", () => {
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-09-19" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-09-18" })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-09-17" })).toEqual([]);
    const [finding] = checkPathwayCase(makePathwayCase(), { today: "2025-09-19" }).filter((f) => f.code === CODE);
    expect(finding?.params).toEqual({ since: "2025-06-20", days: 91 });
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-07-21", inactiveDays: 30 })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-07-20", inactiveDays: 30 })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-06-21", inactiveDays: 0 })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase(), { today: "2025-06-20", inactiveDays: 0 })).toEqual([]);
  });

  it("counts from the day the case opened when no step is done, and ignores steps after today", () => {
    expect(pathwayHits(CODE, makePathwayCase({ steps: [] }), { today: "2025-06-02" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, makePathwayCase({ steps: [] }), { today: "2025-06-01" })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase({ steps: soundSteps().slice(0, 1) }), { today: "2025-06-02", inactiveDays: 90 })).toHaveLength(1);
    // A step dated after today is not activity yet: on 2 June the last activity is still 3 March.
    const later = makePathwayCase({ steps: [...soundSteps().slice(0, 1), { stepId: "municipal-assessment", doneOn: "2025-06-03", byRole: "municipal-services" }] });
    expect(pathwayHits(CODE, later, { today: "2025-06-02" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, later, { today: "2025-06-03" })).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(pathwayHits(CODE, makePathwayCase({ status: "closed", closedOn: "2025-06-30" }), { today: "2026-06-01" })).toEqual([]);
  });
});
