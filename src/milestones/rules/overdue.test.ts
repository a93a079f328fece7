import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const codesOn = (today: string, status: "planned" | "done" | "cancelled" = "planned") =>
  checkMilestoneSchedule(scheduleOf(makeMilestone({ status, ...(status === "done" ? { doneOn: "2012-03-01" } : {}) })), { today })
    .filter((f) => f.code === "milestones/overdue")
    .map((f) => [f.path, f.params]);

describe("milestones/overdue", () => {
  it("fires the day after a month deadline's last day", () => {
    expect(codesOn("2012-04-01")).toEqual([[["phases", 0, "milestones", 0, "deadline"], { id: "1.2", due: "2012-03-31" }]]);
  });
  it("does not fire on the last day, nor for done or cancelled milestones", () => {
    expect(codesOn("2012-03-31")).toEqual([]);
    expect(codesOn("2012-06-01", "done")).toEqual([]);
    expect(codesOn("2012-06-01", "cancelled")).toEqual([]);
  });
});
