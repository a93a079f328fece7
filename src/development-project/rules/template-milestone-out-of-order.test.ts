import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject, makeProjectSchedule } from "../../../test/fixtures/development-project.js";
import type { Milestone } from "../../milestones/schema.js";
import { fired } from "./_fired.js";
import { templateMilestoneOutOfOrderRule } from "./template-milestone-out-of-order.js";

const CODE = "development-project/template-milestone-out-of-order";
// 2.3 (workshop) ends June 2012, 2.4 (the action plan) is due October 2012.
const withPlanDue = (deadline: Milestone["deadline"]) => {
  const schedule = makeProjectSchedule();
  const phases = schedule.phases.map((phase) => ({ ...phase, milestones: phase.milestones.map((m) => (m.id === "2.4" ? { ...m, deadline } : m)) }));
  return deepFreeze(makeDevelopmentProject({ schedule: { ...schedule, phases } }));
};

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(templateMilestoneOutOfOrderRule.codes)).toEqual([CODE]);
  });

  it("fires on a milestone due the day before the last end of those before it", () => {
    expect(fired(CODE, withPlanDue({ kind: "date", date: "2012-06-29" }))).toEqual([
      [["schedule", "phases", 1, "milestones", 3, "deadline"], { milestoneId: "2.4", after: "2.3" }],
    ]);
  });

  it("does not fire on a milestone due the same day", () => {
    expect(fired(CODE, withPlanDue({ kind: "date", date: "2012-06-30" }))).toEqual([]);
  });

  it("does not fire on the template's own order", () => {
    expect(fired(CODE, makeDevelopmentProject())).toEqual([]);
  });
});
