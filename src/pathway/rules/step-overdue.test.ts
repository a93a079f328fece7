import { describe, expect, it } from "vitest";
import { checkPathwayCase, type PathwayCase } from "../../index.js";
import { makePathwayCase, pathwayHits, soundSteps, withStep } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/step-overdue";
// The concern is 3 March; the municipal assessment is due within 4 weeks, by 31 March.
const justConcern = (): PathwayCase => makePathwayCase({ steps: soundSteps().slice(0, 1) });

describe(CODE, () => {
  it("fires on a step not done the day after its due day, not on the due day or the day before", () => {
    expect(pathwayHits(CODE, justConcern(), { today: "2025-04-01" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, justConcern(), { today: "2025-03-31" })).toEqual([]);
    expect(pathwayHits(CODE, justConcern(), { today: "2025-03-30" })).toEqual([]);
    const [finding] = checkPathwayCase(justConcern(), { today: "2025-04-01" }).filter((f) => f.code === CODE);
    expect(finding?.params).toEqual({ stepId: "municipal-assessment", after: "concern", dueOn: "2025-03-31" });
  });

  it("fires on a step done the day after its due day, not on the due day or the day before", () => {
    expect(pathwayHits(CODE, withStep("municipal-assessment", { doneOn: "2025-04-01" }))).toEqual([[CODE, ["steps", 1, "doneOn"]]]);
    expect(pathwayHits(CODE, withStep("municipal-assessment", { doneOn: "2025-03-31" }))).toEqual([]);
    expect(pathwayHits(CODE, withStep("municipal-assessment", { doneOn: "2025-03-30" }))).toEqual([]);
  });

  it("counts the family meeting's four weeks from the municipal assessment (24 March: due 21 April)", () => {
    expect(pathwayHits(CODE, withStep("family-meeting", { doneOn: "2025-04-22" }))).toEqual([[CODE, ["steps", 2, "doneOn"]]]);
    expect(pathwayHits(CODE, withStep("family-meeting", { doneOn: "2025-04-21" }))).toEqual([]);
    expect(pathwayHits(CODE, withStep("family-meeting", { doneOn: "2025-04-20" }))).toEqual([]);
    const assessed = makePathwayCase({ steps: soundSteps().slice(0, 2) });
    expect(pathwayHits(CODE, assessed, { today: "2025-04-22" })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, assessed, { today: "2025-04-21" })).toEqual([]);
  });

  it("reads a deadline in days as well as weeks", () => {
    const pathway = {
      id: "days", label: { nb: "D", nn: "D", en: "D" },
      steps: [
        { id: "concern", role: "family" as const, type: "task" as const, label: { nb: "A", nn: "A", en: "A" } },
        { id: "municipal-assessment", role: "municipal-services" as const, type: "task" as const, deadline: { after: "concern", days: 10 }, label: { nb: "B", nn: "B", en: "B" } },
      ],
    };
    const c = makePathwayCase({ pathwayId: "days", steps: soundSteps().slice(0, 1) });
    expect(pathwayHits(CODE, c, { today: "2025-03-14", pathways: [pathway] })).toEqual([[CODE, ["steps"]]]);
    expect(pathwayHits(CODE, c, { today: "2025-03-13", pathways: [pathway] })).toEqual([]);
    expect(pathwayHits(CODE, c, { today: "2025-03-12", pathways: [pathway] })).toEqual([]);
  });

  it("does not fire on a closed case, nor before the step it counts from is done", () => {
    expect(pathwayHits(CODE, { ...justConcern(), status: "closed", closedOn: "2025-03-05" }, { today: "2025-06-01" })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase({ steps: [] }), { today: "2025-06-01" })).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase())).toEqual([]);
  });
});
