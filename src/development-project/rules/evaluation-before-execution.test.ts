import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject, makeProjectSchedule } from "../../../test/fixtures/development-project.js";
import { makeEvaluation } from "../../../test/fixtures/evaluation.js";
import type { MilestoneSchedule } from "../../milestones/schema.js";
import { evaluationBeforeExecutionRule } from "./evaluation-before-execution.js";
import { fired } from "./_fired.js";

const CODE = "development-project/evaluation-before-execution";
const heldOn = (date: string, schedule: MilestoneSchedule = makeProjectSchedule()) =>
  deepFreeze(makeDevelopmentProject({ schedule, evaluation: makeEvaluation(undefined, { meeting: { date, participants: [] } }) }));
const withExecution = (change: (m: MilestoneSchedule["phases"][number]["milestones"][number]) => object | undefined): MilestoneSchedule => {
  const schedule = makeProjectSchedule();
  return {
    ...schedule,
    phases: schedule.phases.map((phase) => ({
      ...phase,
      milestones: phase.milestones.flatMap((m) => {
        if (m.id !== "3.1") return [m];
        const changed = change(m);
        return changed === undefined ? [] : [{ ...m, ...changed }];
      }),
    })),
  };
};

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(evaluationBeforeExecutionRule.codes)).toEqual([CODE]);
  });

  it("fires on a meeting the day before the execution was done (3.1 done 2013-01-20)", () => {
    expect(fired(CODE, heldOn("2013-01-19"))).toEqual([[["evaluation", "meeting", "date"], { meetingDate: "2013-01-19", doneOn: "2013-01-20", reason: "done-later" }]]);
  });

  it("does not fire on a meeting the day the execution was done, or later", () => {
    expect(fired(CODE, heldOn("2013-01-20"))).toEqual([]);
    expect(fired(CODE, heldOn("2013-01-24"))).toEqual([]);
  });

  it("fires while the execution is not done", () => {
    const open = withExecution(() => ({ status: "in-progress", doneOn: undefined }));
    expect(fired(CODE, heldOn("2013-02-10", open))).toEqual([[["evaluation", "meeting", "date"], { meetingDate: "2013-02-10", reason: "not-done" }]]);
  });

  it("does not fire without an evaluation or without the execution milestone", () => {
    expect(fired(CODE, makeDevelopmentProject({ evaluation: undefined }))).toEqual([]);
    expect(fired(CODE, heldOn("2012-01-01", withExecution(() => undefined)))).toEqual([]);
  });
});
