import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { checkMilestoneSchedule } from "../check.js";

const found = (today: string, dueSoonDays?: number) =>
  checkMilestoneSchedule(scheduleOf(makeMilestone({ deadline: { kind: "date", date: "2012-03-15" } })), dueSoonDays === undefined ? { today } : { today, dueSoonDays })
    .filter((f) => f.code === "milestones/due-soon")
    .map((f) => [f.path, f.params]);

describe("milestones/due-soon", () => {
  it("fires from the due day back to the start of the window, with the days left", () => {
    expect(found("2012-03-15")).toEqual([[["phases", 0, "milestones", 0, "deadline"], { id: "1.2", due: "2012-03-15", days: 0 }]]);
    expect(found("2012-03-05", 10)).toEqual([[["phases", 0, "milestones", 0, "deadline"], { id: "1.2", due: "2012-03-15", days: 10 }]]);
  });
  it("does not fire a day before the window, nor once the day has passed, nor on a done milestone", () => {
    expect(found("2012-03-04", 10)).toEqual([]);
    expect(found("2012-03-16")).toEqual([]);
    const done = scheduleOf(makeMilestone({ deadline: { kind: "date", date: "2012-03-15" }, status: "done", doneOn: "2012-03-01" }));
    expect(checkMilestoneSchedule(done, { today: "2012-03-10" }).map((f) => f.code)).not.toContain("milestones/due-soon");
  });
});
