import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (dependencyDate: string, dependentDate: string) =>
  checkMilestoneSchedule(
    scheduleOf(
      makeMilestone({ id: "a", deadline: { kind: "date", date: dependencyDate } }),
      makeMilestone({ id: "b", deadline: { kind: "date", date: dependentDate }, dependsOn: ["a"] }),
    ),
    { today: "2012-01-01" },
  )
    .filter((f) => f.code === "milestones/dependency-after")
    .map((f) => [f.path, f.params]);

describe("milestones/dependency-after", () => {
  it("fires when a milestone falls due before what it depends on", () => {
    expect(found("2012-05-02", "2012-05-01")).toEqual([
      [["phases", 0, "milestones", 1, "dependsOn", 0], { id: "b", due: "2012-05-01", dependsOn: "a", dependencyDue: "2012-05-02" }],
    ]);
  });
  it("does not fire on the same day or later", () => {
    expect(found("2012-05-01", "2012-05-01")).toEqual([]);
    expect(found("2012-05-01", "2012-06-01")).toEqual([]);
  });
});
