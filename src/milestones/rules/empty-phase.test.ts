import { describe, expect, it } from "vitest";
import { makeMilestone, makePhase, makeSchedule } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (...phases: Parameters<typeof makePhase>[]) =>
  checkMilestoneSchedule(makeSchedule(phases.map(([id, milestones]) => makePhase(id, milestones))), { today: "2012-01-01" })
    .filter((f) => f.code === "milestones/empty-phase")
    .map((f) => [f.path, f.params]);

describe("milestones/empty-phase", () => {
  it("fires on a phase with no milestones", () => {
    expect(found(["del-1", [makeMilestone()]], ["del-2", []])).toEqual([[["phases", 1, "milestones"], { phase: "del-2" }]]);
  });
  it("does not fire when every phase has a milestone", () => {
    expect(found(["del-1", [makeMilestone()]])).toEqual([]);
  });
});
