import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeAssignment, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/missing-coordinator";

describe(CODE, () => {
  it("fires when no assignment holds today", () => {
    const findings = check(makePlan({ coordinatorAssignments: [] }));
    expect(found(findings, CODE)).toEqual([[CODE, ["coordinatorAssignments"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ today: TODAY });
    expect(found(check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", to: "2025-09-30" })] })), CODE)).toHaveLength(1);
  });

  it("stays silent while an assignment holds through today", () => {
    expect(found(check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", to: TODAY })] })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", coordinatorAssignments: [] })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, coordinatorAssignments: [] })), CODE)).toEqual([]);
  });
});
