import { describe, expect, it } from "vitest";
import { IndividualPlanSchema, sharePlanWith, summarizePlan } from "../../src/index.js";
import { deepFreeze, makeConsent, makeMeasure, makeMeeting, makePlan, TODAY } from "../fixtures/individual-plan.js";

describe("sharePlanWith", () => {
  const plan = deepFreeze(
    makePlan({
      closingNote: undefined,
      consents: [makeConsent({ id: "c-1", sharesWith: ["p-coord", "p-nav"], note: "Samtykke gitt i møte" })],
    }),
  );

  it("gives a covered participant a full copy, not the plan itself", () => {
    const shared = sharePlanWith(plan, "p-nav", { today: TODAY });
    expect(shared).toStrictEqual(plan);
    expect(shared).not.toBe(plan);
    expect(shared.measures?.[0]?.goalIds).not.toBe(plan.measures?.[0]?.goalIds);
    expect(Object.isFrozen(shared)).toBe(false);
  });

  it("gives the user the whole plan", () => {
    expect(sharePlanWith(plan, "p-user", { today: TODAY })).toStrictEqual(plan);
  });

  it("gives anyone else the structure and their own entry only", () => {
    const shared = sharePlanWith(plan, "p-rel", { today: TODAY });
    expect(shared.user).toStrictEqual({});
    expect(shared.participants?.[1]).toStrictEqual(plan.participants?.[1]);
    expect(shared.participants?.[2]).toStrictEqual({ id: "p-coord", role: "coordinator" });
    expect(shared.goals).toStrictEqual([
      { id: "g-1", expressedById: "p-user", status: "active" },
      { id: "g-2", expressedById: "p-user", status: "active" },
    ]);
    expect(shared.measures?.[0]).toStrictEqual({
      id: "m-1",
      goalIds: ["g-1"],
      responsibleId: "p-nav",
      deadline: { kind: "month", month: "2025-12" },
      status: "in-progress",
    });
    expect(shared.resources).toBeUndefined();
    expect(shared.needs).toBeUndefined();
    expect(shared.contributions).toStrictEqual([
      { id: "k-1", participantId: "p-user" },
      { id: "k-2", participantId: "p-rel" },
    ]);
    expect(shared.cooperation).toStrictEqual([{ id: "s-1" }]);
    expect(shared.revisions).toStrictEqual([{ date: "2025-06-16" }]);
    expect(shared.consents?.[0]?.note).toBeUndefined();
    expect(shared.coordinatorAssignments?.[0]?.appointedBy).toBeUndefined();
    expect(shared.responsibilityGroup?.meetings?.[0]).toStrictEqual({ id: "mt-1", date: "2025-03-04", status: "held", attendeeIds: ["p-user", "p-coord"] });
  });

  it("withholds the closing reason and note", () => {
    const closed = makePlan({ status: "closed", closedOn: "2025-09-15", closingReason: "deceased", closingNote: "Merknad", consents: [] });
    const shared = sharePlanWith(closed, "p-nav", { today: TODAY });
    expect(shared.closedOn).toBe("2025-09-15");
    expect(shared.closingReason).toBeUndefined();
    expect(shared.closingNote).toBeUndefined();
  });

  it("withholds from an unknown participant and from one whose consent has ended", () => {
    expect(sharePlanWith(plan, "p-nobody", { today: TODAY }).user).toStrictEqual({});
    expect(sharePlanWith(plan, "p-nav", { today: "2026-02-01" }).user).toStrictEqual({});
  });

  it("returns a plan that still matches the schema", () => {
    const shared = sharePlanWith(plan, "p-rel", { today: TODAY });
    expect(IndividualPlanSchema.safeParse(JSON.parse(JSON.stringify(shared))).success).toBe(true);
  });
});

describe("summarizePlan", () => {
  it("counts a sound plan", () => {
    expect(summarizePlan(deepFreeze(makePlan()), { today: TODAY })).toEqual({
      status: "active",
      goals: { total: 2, byStatus: { active: 2, achieved: 0, abandoned: 0 } },
      measures: { total: 3, byStatus: { planned: 1, "in-progress": 1, done: 1, postponed: 0, cancelled: 0 }, overdue: 0, dueSoon: 0 },
      nextRevision: "2026-01-10",
      revisionOverdue: false,
      coordinatorId: "p-coord",
      consentToPlan: true,
      participants: 5,
      meetingsHeld: 2,
      nextMeeting: "2025-11-18",
    });
  });

  it("counts overdue and due-soon measures and a passed revision", () => {
    const plan = makePlan({
      nextRevision: "2025-09-01",
      measures: [
        makeMeasure({ id: "m-1", deadline: { kind: "date", date: "2025-09-30" } }),
        makeMeasure({ id: "m-2", deadline: { kind: "date", date: "2025-10-10" }, status: undefined }),
        makeMeasure({ id: "m-3", deadline: { kind: "date", date: "2025-09-30" }, status: "cancelled" }),
      ],
      consents: [makeConsent({ id: "c-1", withdrawnOn: "2025-09-01" })],
      coordinatorAssignments: [],
      responsibilityGroup: { meetings: [makeMeeting({ id: "mt-1", date: "2025-10-20" })] },
    });
    const summary = summarizePlan(plan, { today: TODAY, dueSoonDays: 10 });
    expect(summary.measures).toEqual({
      total: 3,
      byStatus: { planned: 1, "in-progress": 1, done: 0, postponed: 0, cancelled: 1 },
      overdue: 1,
      dueSoon: 1,
    });
    expect(summary.revisionOverdue).toBe(true);
    expect(summary.consentToPlan).toBe(false);
    expect(summary.coordinatorId).toBeUndefined();
    expect(summary.meetingsHeld).toBe(0);
    expect(summary.nextMeeting).toBeUndefined();
    expect(summarizePlan(plan, { today: TODAY, dueSoonDays: 8 }).measures.dueSoon).toBe(0);
  });

  it("summarizes an empty draft", () => {
    const draft = IndividualPlanSchema.parse({ kind: "individual-plan", id: "ip-1", status: "draft", user: {} });
    expect(summarizePlan(draft, { today: TODAY })).toEqual({
      status: "draft",
      goals: { total: 0, byStatus: { active: 0, achieved: 0, abandoned: 0 } },
      measures: { total: 0, byStatus: { planned: 0, "in-progress": 0, done: 0, postponed: 0, cancelled: 0 }, overdue: 0, dueSoon: 0 },
      revisionOverdue: false,
      consentToPlan: false,
      participants: 0,
      meetingsHeld: 0,
    });
  });

  it("throws a RangeError on broken options", () => {
    expect(() => summarizePlan(makePlan(), { today: "x" })).toThrow(RangeError);
    expect(() => summarizePlan(makePlan(), { today: TODAY, dueSoonDays: Number.NaN })).toThrow(RangeError);
  });
});
