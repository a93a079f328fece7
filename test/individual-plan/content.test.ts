import { describe, expect, it } from "vitest";
import type { Deadline, PlanMeasure } from "../../src/index.js";
import { check, found, makeGoal, makeMeasure, makeParticipant, makePlan, TODAY } from "../fixtures/individual-plan.js";

/** The sound plan with one extra measure for goal g-1 (and g-2 kept served). */
function withMeasure(measure: Partial<PlanMeasure>, options = {}): ReturnType<typeof check> {
  const plan = makePlan();
  return check(makePlan({ measures: [...(plan.measures ?? []), makeMeasure({ id: "m-x", ...measure })] }), options);
}

const date = (d: string): Deadline => ({ kind: "date", date: d });

describe("checkIndividualPlan: goals", () => {
  it("flags an active plan without goals, not a draft", () => {
    expect(found(check(makePlan({ goals: [], measures: [] })), "plan/no-goals")).toEqual([["plan/no-goals", ["goals"]]]);
    expect(found(check(makePlan({ goals: undefined, measures: [] })), "plan/no-goals")).toHaveLength(1);
    expect(found(check(makePlan({ status: "draft", goals: [], measures: [] })), "plan/no-goals")).toEqual([]);
  });

  it("flags a goal with no wording", () => {
    const findings = check(makePlan({ goals: [makeGoal({ id: "g-1" }), makeGoal({ id: "g-2", title: undefined })] }));
    expect(found(findings, "plan/goal-without-title")).toEqual([["plan/goal-without-title", ["goals", 1, "title"]]]);
  });

  it("flags an active goal with no measure, and not an achieved one", () => {
    const goals = [makeGoal({ id: "g-1" }), makeGoal({ id: "g-2" }), makeGoal({ id: "g-3" }), makeGoal({ id: "g-4", status: "achieved" })];
    const findings = check(makePlan({ goals }));
    expect(found(findings, "plan/goal-without-measure")).toEqual([["plan/goal-without-measure", ["goals", 2]]]);
    expect(findings.find((f) => f.code === "plan/goal-without-measure")?.params).toEqual({ goalId: "g-3" });
  });

  it("does not count a cancelled measure as serving a goal, but counts a done one", () => {
    const measures = [makeMeasure({ id: "m-1", goalIds: ["g-1"], status: "done" }), makeMeasure({ id: "m-2", goalIds: ["g-2"], status: "cancelled" })];
    expect(found(check(makePlan({ measures })), "plan/goal-without-measure")).toEqual([["plan/goal-without-measure", ["goals", 1]]]);
  });
});

describe("checkIndividualPlan: measures", () => {
  it("flags a measure with no wording", () => {
    expect(found(withMeasure({ title: undefined }), "plan/measure-without-title")).toEqual([["plan/measure-without-title", ["measures", 3, "title"]]]);
  });

  it("flags a measure linked to no goal, unless it was cancelled", () => {
    expect(found(withMeasure({ goalIds: [] }), "plan/measure-without-goal")).toEqual([["plan/measure-without-goal", ["measures", 3, "goalIds"]]]);
    expect(found(withMeasure({ goalIds: undefined }), "plan/measure-without-goal")).toHaveLength(1);
    expect(found(withMeasure({ goalIds: [], status: "cancelled" }), "plan/measure-without-goal")).toEqual([]);
  });

  it("flags an open measure with no one responsible, not a done one", () => {
    const open = withMeasure({ responsibleId: undefined });
    expect(found(open, "plan/measure-without-responsible")).toEqual([["plan/measure-without-responsible", ["measures", 3, "responsibleId"]]]);
    expect(found(withMeasure({ responsibleId: undefined, status: "done" }), "plan/measure-without-responsible")).toEqual([]);
    expect(found(check(makePlan({ status: "draft", measures: [makeMeasure({ id: "m-1", responsibleId: undefined })] })), "plan/measure-without-responsible")).toEqual([]);
  });

  it("flags a responsible who is no participant, in any status", () => {
    expect(found(withMeasure({ responsibleId: "p-nobody" }), "plan/responsible-not-participant")).toEqual([
      ["plan/responsible-not-participant", ["measures", 3, "responsibleId"]],
    ]);
    const draft = makePlan({ status: "draft", measures: [makeMeasure({ id: "m-1", responsibleId: "p-nobody" })] });
    expect(found(check(draft), "plan/responsible-not-participant")).toHaveLength(1);
    expect(found(withMeasure({ responsibleId: "p-nobody" }), "plan/unknown-reference")).toEqual([]);
  });

  it("flags a responsible who left before today while the measure is open", () => {
    const plan = (leftOn: string, status: PlanMeasure["status"]): ReturnType<typeof check> =>
      check(
        makePlan({
          participants: [...(makePlan().participants ?? []), makeParticipant({ id: "p-gone", leftOn })],
          measures: [...(makePlan().measures ?? []), makeMeasure({ id: "m-x", responsibleId: "p-gone", status })],
        }),
      );
    expect(found(plan("2025-09-30", "in-progress"), "plan/responsible-not-participant")).toHaveLength(1);
    expect(found(plan(TODAY, "in-progress"), "plan/responsible-not-participant")).toEqual([]);
    expect(found(plan("2025-09-30", "done"), "plan/responsible-not-participant")).toEqual([]);
  });
});

describe("checkIndividualPlan: deadlines", () => {
  it("flags a measure whose deadline passed yesterday, not one due today", () => {
    const yesterday = withMeasure({ deadline: date("2025-09-30") });
    expect(found(yesterday, "plan/measure-overdue")).toEqual([["plan/measure-overdue", ["measures", 3, "deadline"]]]);
    expect(yesterday.find((f) => f.code === "plan/measure-overdue")?.params).toEqual({ measureId: "m-x", due: "2025-09-30" });
    expect(found(withMeasure({ deadline: date(TODAY) }), "plan/measure-overdue")).toEqual([]);
  });

  it("reads a month, a year and a range by their last day", () => {
    expect(found(withMeasure({ deadline: { kind: "month", month: "2025-09" } }), "plan/measure-overdue")).toHaveLength(1);
    expect(found(withMeasure({ deadline: { kind: "month", month: "2025-10" } }), "plan/measure-overdue")).toEqual([]);
    expect(found(withMeasure({ deadline: { kind: "year", year: 2024 } }), "plan/measure-overdue")).toHaveLength(1);
    expect(found(withMeasure({ deadline: { kind: "year", year: 2025 } }), "plan/measure-overdue")).toEqual([]);
    const range: Deadline = { kind: "range", from: { kind: "month", month: "2025-08" }, to: { kind: "month", month: "2025-09" } };
    expect(found(withMeasure({ deadline: range }), "plan/measure-overdue")).toHaveLength(1);
  });

  it("does not flag done, cancelled or undated measures, or a draft's", () => {
    expect(found(withMeasure({ deadline: date("2025-01-01"), status: "done" }), "plan/measure-overdue")).toEqual([]);
    expect(found(withMeasure({ deadline: date("2025-01-01"), status: "cancelled" }), "plan/measure-overdue")).toEqual([]);
    expect(found(withMeasure({ deadline: undefined }), "plan/measure-overdue")).toEqual([]);
    expect(found(withMeasure({ deadline: date("2025-01-01"), status: "postponed" }), "plan/measure-overdue")).toHaveLength(1);
    const draft = makePlan({ status: "draft", measures: [makeMeasure({ id: "m-1", deadline: date("2025-01-01") })] });
    expect(found(check(draft), "plan/measure-overdue")).toEqual([]);
  });

  it("flags a recurring measure whose previous period passed without it being carried out", () => {
    const twiceAYear: Deadline = { kind: "recurrence", frequency: "times-per-year", times: 2, starts: "2025-01-01" };
    const missed = withMeasure({ deadline: twiceAYear });
    expect(found(missed, "plan/measure-overdue")).toHaveLength(1);
    expect(missed.find((f) => f.code === "plan/measure-overdue")?.params).toEqual({ measureId: "m-x", due: "2025-06-30" });
    expect(found(withMeasure({ deadline: twiceAYear, carriedOutOn: ["2025-06-30"] }), "plan/measure-overdue")).toEqual([]);
    expect(found(withMeasure({ deadline: { ...twiceAYear, starts: "2025-07-01" } }), "plan/measure-overdue")).toEqual([]);
  });

  it("notes a measure due within 14 days, counting today and the 14th day", () => {
    const today = withMeasure({ deadline: date(TODAY) });
    expect(found(today, "plan/measure-due-soon")).toEqual([["plan/measure-due-soon", ["measures", 3, "deadline"]]]);
    expect(today.find((f) => f.code === "plan/measure-due-soon")?.params).toEqual({ measureId: "m-x", due: TODAY, days: 0 });
    expect(withMeasure({ deadline: date("2025-10-15") }).find((f) => f.code === "plan/measure-due-soon")?.params).toEqual({
      measureId: "m-x",
      due: "2025-10-15",
      days: 14,
    });
    expect(found(withMeasure({ deadline: date("2025-10-16") }), "plan/measure-due-soon")).toEqual([]);
    expect(found(withMeasure({ deadline: date("2025-10-15"), status: "done" }), "plan/measure-due-soon")).toEqual([]);
  });

  it("takes the window from dueSoonDays", () => {
    expect(found(withMeasure({ deadline: date("2025-10-16") }, { dueSoonDays: 15 }), "plan/measure-due-soon")).toHaveLength(1);
    expect(found(withMeasure({ deadline: date("2025-10-02") }, { dueSoonDays: 0 }), "plan/measure-due-soon")).toEqual([]);
    expect(() => withMeasure({}, { dueSoonDays: -1 })).toThrow(RangeError);
    expect(() => withMeasure({}, { dueSoonDays: 1.5 })).toThrow(RangeError);
  });

  it("notes a recurring measure whose current period ends soon and is not yet met", () => {
    const monthly: Deadline = { kind: "recurrence", frequency: "every", interval: 1, unit: "month" };
    const notMet = withMeasure({ deadline: monthly, carriedOutOn: ["2025-09-10"] }, { dueSoonDays: 30 });
    expect(found(notMet, "plan/measure-due-soon")).toHaveLength(1);
    expect(notMet.find((f) => f.code === "plan/measure-due-soon")?.params).toEqual({ measureId: "m-x", due: "2025-10-31", days: 30 });
    expect(found(withMeasure({ deadline: monthly, carriedOutOn: ["2025-09-10", TODAY] }, { dueSoonDays: 30 }), "plan/measure-due-soon")).toEqual([]);
  });
});

describe("checkIndividualPlan: needs and user participation", () => {
  it("notes an active plan that records no needs", () => {
    expect(found(check(makePlan({ needs: [] })), "plan/needs-not-described")).toEqual([["plan/needs-not-described", ["needs"]]]);
    expect(found(check(makePlan({ needs: undefined, status: "draft" })), "plan/needs-not-described")).toEqual([]);
  });

  it("flags an active plan where the user takes no part", () => {
    const participants = (makePlan().participants ?? []).filter((p) => p.role !== "user");
    expect(found(check(makePlan({ participants })), "plan/user-not-participant")).toEqual([["plan/user-not-participant", ["participants"]]]);
  });

  it("counts a user who left before today as absent, and one leaving today as present", () => {
    const replaceUser = (leftOn: string): ReturnType<typeof check> =>
      check(makePlan({ participants: (makePlan().participants ?? []).map((p) => (p.role === "user" ? { ...p, leftOn } : p)) }));
    expect(found(replaceUser("2025-09-30"), "plan/user-not-participant")).toHaveLength(1);
    expect(found(replaceUser(TODAY), "plan/user-not-participant")).toEqual([]);
  });

  it("flags an active plan with no contribution from the user", () => {
    const onlyRelative = [{ id: "k-2", participantId: "p-rel" }];
    expect(found(check(makePlan({ contributions: onlyRelative })), "plan/user-contribution-missing")).toEqual([
      ["plan/user-contribution-missing", ["contributions"]],
    ]);
    expect(found(check(makePlan({ contributions: [{ id: "k-1", participantId: "p-user" }] })), "plan/user-contribution-missing")).toEqual([]);
    expect(found(check(makePlan({ status: "draft", contributions: [] })), "plan/user-contribution-missing")).toEqual([]);
  });
});
