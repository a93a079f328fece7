import { describe, expect, it } from "vitest";
import { activeCoordinator } from "../../src/index.js";
import { check, deepFreeze, found, makeAssignment, makePlan, TODAY } from "../fixtures/individual-plan.js";

describe("checkIndividualPlan: coordinator", () => {
  it("stays silent when one trained coordinator's assignment holds today", () => {
    expect(check(makePlan())).toEqual([]);
  });

  it("flags an active plan with no coordinator", () => {
    const findings = check(makePlan({ coordinatorAssignments: [] }));
    expect(found(findings, "plan/missing-coordinator")).toEqual([["plan/missing-coordinator", ["coordinatorAssignments"]]]);
    expect(findings.find((f) => f.code === "plan/missing-coordinator")?.params).toEqual({ today: TODAY });
  });

  it("flags an assignment that ended yesterday, not one that ends today", () => {
    const ended = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", to: "2025-09-30" })] }));
    expect(found(ended, "plan/missing-coordinator")).toHaveLength(1);
    const endsToday = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", to: TODAY })] }));
    expect(found(endsToday, "plan/missing-coordinator")).toEqual([]);
  });

  it("flags an assignment that starts tomorrow, not one that starts today", () => {
    const tomorrow = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", from: "2025-10-02" })] }));
    expect(found(tomorrow, "plan/missing-coordinator")).toHaveLength(1);
    const today = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", from: TODAY })] }));
    expect(found(today, "plan/missing-coordinator")).toEqual([]);
  });

  it("counts a child coordinator as the coordinator, and asks nothing of drafts", () => {
    const child = makePlan({ user: { birthDate: "2012-04-01" }, coordinatorAssignments: [makeAssignment({ id: "a-1", kind: "child-coordinator" })] });
    expect(found(check(child), "plan/missing-coordinator")).toEqual([]);
    expect(found(check(makePlan({ status: "draft", coordinatorAssignments: [] })), "plan/missing-coordinator")).toEqual([]);
  });

  it("flags assignments that hold on a common day, once each, whatever their order", () => {
    const overlap = [makeAssignment({ id: "a-2", participantId: "p-nav", from: "2025-06-01" }), makeAssignment({ id: "a-1" })];
    const findings = check(makePlan({ coordinatorAssignments: overlap }));
    expect(found(findings, "plan/multiple-coordinators")).toEqual([["plan/multiple-coordinators", ["coordinatorAssignments", 0]]]);
    expect(findings.find((f) => f.code === "plan/multiple-coordinators")?.params).toEqual({ assignmentId: "a-2", otherId: "a-1" });
  });

  it("accepts a handover on consecutive days, and flags one that shares a day", () => {
    const handover = [
      makeAssignment({ id: "a-1", to: "2025-05-31" }),
      makeAssignment({ id: "a-2", participantId: "p-nav", from: "2025-06-01" }),
    ];
    expect(found(check(makePlan({ coordinatorAssignments: handover })), "plan/multiple-coordinators")).toEqual([]);
    const sharedDay = [makeAssignment({ id: "a-1", to: "2025-06-01" }), makeAssignment({ id: "a-2", participantId: "p-nav", from: "2025-06-01" })];
    expect(found(check(makePlan({ coordinatorAssignments: sharedDay })), "plan/multiple-coordinators")).toHaveLength(1);
  });

  it("finds every overlap against the assignment that reaches furthest", () => {
    const assignments = [
      makeAssignment({ id: "a-long", from: "2025-01-01" }),
      makeAssignment({ id: "a-short", from: "2025-02-01", to: "2025-02-28" }),
      makeAssignment({ id: "a-late", from: "2025-09-01" }),
    ];
    const findings = check(makePlan({ coordinatorAssignments: assignments })).filter((f) => f.code === "plan/multiple-coordinators");
    expect(findings.map((f) => [f.path, f.params])).toEqual([
      [["coordinatorAssignments", 1], { assignmentId: "a-short", otherId: "a-long" }],
      [["coordinatorAssignments", 2], { assignmentId: "a-late", otherId: "a-long" }],
    ]);
  });

  it("does not judge overlaps in a closed plan", () => {
    const overlap = [makeAssignment({ id: "a-1" }), makeAssignment({ id: "a-2", from: "2025-06-01" })];
    const closed = makePlan({ status: "closed", closedOn: TODAY, closingReason: "goals-reached", coordinatorAssignments: overlap });
    expect(found(check(closed), "plan/multiple-coordinators")).toEqual([]);
  });

  it("flags today's coordinator without training, and training that lies ahead", () => {
    const none = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", trainedOn: undefined })] }));
    expect(found(none, "plan/coordinator-untrained")).toEqual([["plan/coordinator-untrained", ["coordinatorAssignments", 0, "trainedOn"]]]);
    const tomorrow = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", trainedOn: "2025-10-02" })] }));
    expect(found(tomorrow, "plan/coordinator-untrained")).toHaveLength(1);
    const today = check(makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-1", trainedOn: TODAY })] }));
    expect(found(today, "plan/coordinator-untrained")).toEqual([]);
  });

  it("does not ask for training of a past coordinator", () => {
    const past = [makeAssignment({ id: "a-0", participantId: "p-nav", from: "2024-01-01", to: "2025-01-19", trainedOn: undefined }), makeAssignment({ id: "a-1" })];
    expect(found(check(makePlan({ coordinatorAssignments: past })), "plan/coordinator-untrained")).toEqual([]);
  });

  it("flags a child coordinator once the user is 18, not the day before", () => {
    const assignment = [makeAssignment({ id: "a-1", kind: "child-coordinator" })];
    const eighteenToday = check(makePlan({ user: { birthDate: "2007-10-01" }, coordinatorAssignments: assignment }));
    expect(found(eighteenToday, "plan/child-coordinator-for-adult")).toEqual([
      ["plan/child-coordinator-for-adult", ["coordinatorAssignments", 0, "kind"]],
    ]);
    const eighteenTomorrow = check(makePlan({ user: { birthDate: "2007-10-02" }, coordinatorAssignments: assignment }));
    expect(found(eighteenTomorrow, "plan/child-coordinator-for-adult")).toEqual([]);
  });

  it("judges a child coordinator by the last day of the assignment", () => {
    const user = { birthDate: "2007-10-01" };
    const endedBefore = [makeAssignment({ id: "a-1", kind: "child-coordinator", to: "2025-09-30" })];
    expect(found(check(makePlan({ user, coordinatorAssignments: endedBefore })), "plan/child-coordinator-for-adult")).toEqual([]);
    const runsOn = [makeAssignment({ id: "a-1", kind: "child-coordinator", to: "2026-06-30" })];
    expect(found(check(makePlan({ user: { birthDate: "2008-03-01" }, coordinatorAssignments: runsOn })), "plan/child-coordinator-for-adult")).toHaveLength(1);
    const unknownAge = makePlan({ user: { name: "Bruker" }, coordinatorAssignments: [makeAssignment({ id: "a-1", kind: "child-coordinator" })] });
    expect(found(check(unknownAge), "plan/child-coordinator-for-adult")).toEqual([]);
  });
});

describe("activeCoordinator", () => {
  const plan = deepFreeze(
    makePlan({
      coordinatorAssignments: [
        makeAssignment({ id: "a-1", participantId: "p-old", from: "2024-01-01", to: "2025-03-31" }),
        makeAssignment({ id: "a-2", participantId: "p-coord", from: "2025-04-01" }),
      ],
    }),
  );

  it("returns the assignment that holds today", () => {
    expect(activeCoordinator(plan, { today: TODAY })?.id).toBe("a-2");
    expect(activeCoordinator(plan, { today: "2025-03-31" })?.id).toBe("a-1");
    expect(activeCoordinator(plan, { today: "2025-04-01" })?.id).toBe("a-2");
  });

  it("returns undefined when no assignment holds", () => {
    expect(activeCoordinator(plan, { today: "2023-12-31" })).toBeUndefined();
    expect(activeCoordinator(makePlan({ coordinatorAssignments: undefined }), { today: TODAY })).toBeUndefined();
  });

  it("picks the one that started last when several hold", () => {
    const both = makePlan({ coordinatorAssignments: [makeAssignment({ id: "a-2", from: "2025-06-01" }), makeAssignment({ id: "a-1" })] });
    expect(activeCoordinator(both, { today: TODAY })?.id).toBe("a-2");
  });

  it("throws a RangeError on a broken today", () => {
    expect(() => activeCoordinator(plan, { today: "1.10.2025" })).toThrow(RangeError);
  });
});
