import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeAssignment, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/child-coordinator-for-adult";
const child = [makeAssignment({ id: "a-1", kind: "child-coordinator" })];

describe(CODE, () => {
  it("fires on a child-coordinator assignment for an adult user", () => {
    expect(found(check(makePlan({ coordinatorAssignments: child })), CODE)).toEqual([[CODE, ["coordinatorAssignments", 0, "kind"]]]);
  });

  it("stays silent for a user under 18, and on the sound plan", () => {
    expect(found(check(makePlan({ user: { birthDate: "2010-03-12" }, coordinatorAssignments: child })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", coordinatorAssignments: child })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, coordinatorAssignments: child })), CODE)).toEqual([]);
  });
});
