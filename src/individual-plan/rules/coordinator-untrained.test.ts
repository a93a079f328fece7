import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeAssignment, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/coordinator-untrained";
const untrained = [makeAssignment({ id: "a-1", trainedOn: undefined })];

describe(CODE, () => {
  it("fires when the current coordinator has no training by today", () => {
    expect(found(check(makePlan({ coordinatorAssignments: untrained })), CODE)).toEqual([[CODE, ["coordinatorAssignments", 0, "trainedOn"]]]);
    expect(found(check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", trainedOn: "2025-10-02" })] })), CODE)).toHaveLength(1);
  });

  it("stays silent for training on or before today", () => {
    expect(found(check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", trainedOn: TODAY })] })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", coordinatorAssignments: untrained })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, coordinatorAssignments: untrained })), CODE)).toEqual([]);
  });
});
