import { describe, expect, it } from "vitest";
import { makeMilestone, makePhase, makeSchedule } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (schedule: Parameters<typeof checkMilestoneSchedule>[0]) =>
  checkMilestoneSchedule(schedule, { today: "2012-01-01" })
    .filter((f) => f.code === "milestones/duplicate-id")
    .map((f) => [f.path, f.params]);

describe("milestones/duplicate-id", () => {
  it("fires at each later use of a milestone id, across phases, and of a phase id", () => {
    const schedule = makeSchedule([makePhase("p", [makeMilestone({ id: "a" })]), makePhase("p", [makeMilestone({ id: "a" })])]);
    expect(found(schedule)).toEqual([
      [["phases", 1, "id"], { id: "p" }],
      [["phases", 1, "milestones", 0, "id"], { id: "a" }],
    ]);
  });
  it("does not fire on distinct ids", () => {
    expect(found(makeSchedule([makePhase("p", [makeMilestone({ id: "a" })]), makePhase("q", [makeMilestone({ id: "b" })])]))).toEqual([]);
  });
});
