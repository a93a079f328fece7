import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (doneOn: string) =>
  checkMilestoneSchedule(scheduleOf(makeMilestone({ status: "done", doneOn })), { today: "2012-03-10" })
    .filter((f) => f.code === "milestones/done-in-future")
    .map((f) => [f.path, f.params]);

describe("milestones/done-in-future", () => {
  it("fires on a doneOn after today", () => {
    expect(found("2012-03-11")).toEqual([[["phases", 0, "milestones", 0, "doneOn"], { id: "1.2", date: "2012-03-11" }]]);
  });
  it("does not fire on today or before", () => {
    expect(found("2012-03-10")).toEqual([]);
    expect(found("2012-01-01")).toEqual([]);
  });
});
