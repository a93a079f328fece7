import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (dependsOn: string[]) =>
  checkMilestoneSchedule(scheduleOf(makeMilestone({ id: "a" }), makeMilestone({ id: "b", dependsOn })), { today: "2012-01-01" })
    .filter((f) => f.code === "milestones/unknown-dependency")
    .map((f) => [f.path, f.params]);

describe("milestones/unknown-dependency", () => {
  it("fires on a dependsOn id no milestone has", () => {
    expect(found(["a", "zz"])).toEqual([[["phases", 0, "milestones", 1, "dependsOn", 1], { id: "b", dependsOn: "zz" }]]);
  });
  it("does not fire on a known id", () => {
    expect(found(["a"])).toEqual([]);
  });
});
