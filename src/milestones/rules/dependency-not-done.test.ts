import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import type { Milestone } from "../schema.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (dependency: Partial<Milestone>, doneOn = "2012-02-01") =>
  checkMilestoneSchedule(
    scheduleOf(makeMilestone({ id: "a", ...dependency }), makeMilestone({ id: "b", dependsOn: ["a"], status: "done", doneOn })),
    { today: "2012-06-01" },
  )
    .filter((f) => f.code === "milestones/dependency-not-done")
    .map((f) => [f.path, f.params]);

describe("milestones/dependency-not-done", () => {
  it("fires when what it depends on is open, or was done on a later day", () => {
    const fired = [[["phases", 0, "milestones", 1, "dependsOn", 0], { id: "b", dependsOn: "a" }]];
    expect(found({ status: "planned" })).toEqual(fired);
    expect(found({ status: "done", doneOn: "2012-02-02" })).toEqual(fired);
  });
  it("does not fire when the dependency was done the same day or before, or was cancelled", () => {
    expect(found({ status: "done", doneOn: "2012-02-01" })).toEqual([]);
    expect(found({ status: "cancelled" })).toEqual([]);
  });
});
