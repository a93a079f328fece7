import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject, makeProjectSchedule } from "../../../test/fixtures/development-project.js";
import { fired } from "./_fired.js";
import { templateMilestoneMissingRule } from "./template-milestone-missing.js";

const CODE = "development-project/template-milestone-missing";

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(templateMilestoneMissingRule.codes)).toEqual([CODE]);
  });

  it("fires on each template milestone not in the schedule", () => {
    const schedule = makeProjectSchedule();
    const trimmed = { ...schedule, phases: schedule.phases.map((phase) => ({ ...phase, milestones: phase.milestones.filter((m) => m.id !== "2.2" && m.id !== "3.3") })) };
    expect(fired(CODE, deepFreeze(makeDevelopmentProject({ schedule: trimmed })))).toEqual([
      [["schedule", "phases"], { milestoneId: "2.2" }],
      [["schedule", "phases"], { milestoneId: "3.3" }],
    ]);
  });

  it("does not fire on the whole template", () => {
    expect(fired(CODE, makeDevelopmentProject())).toEqual([]);
  });
});
