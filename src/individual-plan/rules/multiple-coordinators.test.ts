import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeAssignment, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/multiple-coordinators";
const withSecond = (firstTo: string | undefined) => [
  makeAssignment({ id: "a-1", ...(firstTo === undefined ? {} : { to: firstTo }) }),
  makeAssignment({ id: "a-2", participantId: "p-nav", from: "2025-06-01" }),
];

describe(CODE, () => {
  it("fires on an assignment that starts while another holds", () => {
    const findings = check(makePlan({ coordinatorAssignments: withSecond(undefined) }));
    expect(found(findings, CODE)).toEqual([[CODE, ["coordinatorAssignments", 1]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ assignmentId: "a-2", otherId: "a-1" });
    expect(found(check(makePlan({ coordinatorAssignments: withSecond("2025-06-01") })), CODE)).toHaveLength(1);
  });

  it("stays silent when the first ends the day before the second starts", () => {
    expect(found(check(makePlan({ coordinatorAssignments: withSecond("2025-05-31") })), CODE)).toEqual([]);
  });

  it("runs on drafts, not on closed plans", () => {
    expect(found(check(makePlan({ status: "draft", coordinatorAssignments: withSecond(undefined) })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, coordinatorAssignments: withSecond(undefined) })), CODE)).toEqual([]);
  });
});
