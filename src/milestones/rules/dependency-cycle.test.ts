import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";
import type { Milestone } from "../schema.js";

const found = (...milestones: readonly Milestone[]) =>
  checkMilestoneSchedule(scheduleOf(...milestones), { today: "2012-01-01" })
    .filter((f) => f.code === "milestones/dependency-cycle")
    .map((f) => [f.path, f.params]);

describe("milestones/dependency-cycle", () => {
  it("fires on the dependsOn entry that closes a cycle, and on a milestone depending on itself", () => {
    expect(found(makeMilestone({ id: "a", dependsOn: ["b"] }), makeMilestone({ id: "b", dependsOn: ["a"] }))).toEqual([
      [["phases", 0, "milestones", 1, "dependsOn", 0], { id: "b", dependsOn: "a" }],
    ]);
    expect(found(makeMilestone({ id: "a", dependsOn: ["a"] }))).toEqual([[["phases", 0, "milestones", 0, "dependsOn", 0], { id: "a", dependsOn: "a" }]]);
  });
  it("does not fire on a chain or a diamond", () => {
    expect(
      found(
        makeMilestone({ id: "a" }),
        makeMilestone({ id: "b", dependsOn: ["a"] }),
        makeMilestone({ id: "c", dependsOn: ["a"] }),
        makeMilestone({ id: "d", dependsOn: ["b", "c"] }),
      ),
    ).toEqual([]);
  });
});
