import { describe, expect, it } from "vitest";
import { findingCatalog, type IndividualPlan, NationalIdSchema } from "../../src/index.js";
import { check, found, makeMeasure, makeMeeting, makeParticipant, makePlan, syntheticNationalId, TODAY } from "../fixtures/individual-plan.js";

const closed = (overrides: Partial<IndividualPlan> = {}): IndividualPlan =>
  makePlan({ status: "closed", closedOn: "2025-09-15", closingReason: "goals-reached", ...overrides });

describe("checkIndividualPlan: period and revision", () => {
  it("flags an active plan without a period", () => {
    expect(found(check(makePlan({ period: undefined })), "plan/no-period")).toEqual([["plan/no-period", ["period"]]]);
    expect(found(check(makePlan({ period: { from: "2025-01-20" } })), "plan/no-period")).toEqual([]);
  });

  it("flags a period that ended yesterday, not one ending today", () => {
    const ended = check(makePlan({ period: { from: "2025-01-20", to: "2025-09-30" } }));
    expect(found(ended, "plan/period-ended")).toEqual([["plan/period-ended", ["period", "to"]]]);
    expect(ended.find((f) => f.code === "plan/period-ended")?.params).toEqual({ to: "2025-09-30" });
    expect(found(check(makePlan({ period: { from: "2025-01-20", to: TODAY } })), "plan/period-ended")).toEqual([]);
    expect(found(check(closed({ period: { from: "2024-01-01", to: "2024-12-31" } })), "plan/period-ended")).toEqual([]);
  });

  it("flags an active plan with no next revision date", () => {
    expect(found(check(makePlan({ nextRevision: undefined })), "plan/no-revision-date")).toEqual([["plan/no-revision-date", ["nextRevision"]]]);
    expect(found(check(makePlan({ status: "draft", nextRevision: undefined })), "plan/no-revision-date")).toEqual([]);
  });

  it("flags a revision date that passed yesterday, not one that is today", () => {
    const passed = check(makePlan({ nextRevision: "2025-09-30" }));
    expect(found(passed, "plan/revision-overdue")).toEqual([["plan/revision-overdue", ["nextRevision"]]]);
    expect(passed.find((f) => f.code === "plan/revision-overdue")?.params).toEqual({ nextRevision: "2025-09-30" });
    expect(found(check(makePlan({ nextRevision: TODAY })), "plan/revision-overdue")).toEqual([]);
  });

  it("accepts a revision held on or after the date, not one held the day before", () => {
    const held = (date: string): ReturnType<typeof check> => check(makePlan({ nextRevision: "2025-09-01", revisions: [{ date }] }));
    expect(found(held("2025-09-01"), "plan/revision-overdue")).toEqual([]);
    expect(found(held("2025-08-31"), "plan/revision-overdue")).toHaveLength(1);
  });
});

describe("checkIndividualPlan: responsibility group", () => {
  // Six months before TODAY is 2025-04-01.
  const group = (meetings: ReturnType<typeof makeMeeting>[], establishedOn = "2025-01-20"): Partial<IndividualPlan> => ({
    responsibilityGroup: { establishedOn, memberIds: ["p-user", "p-coord"], meetings },
  });

  it("flags a group whose last meeting was held before the half-year, not on its first day", () => {
    const before = check(makePlan(group([makeMeeting({ id: "mt-1", date: "2025-03-31" })])));
    expect(found(before, "plan/responsibility-group-inactive")).toEqual([["plan/responsibility-group-inactive", ["responsibilityGroup", "meetings"]]]);
    expect(before.find((f) => f.code === "plan/responsibility-group-inactive")?.params).toEqual({ since: "2025-04-01" });
    expect(found(check(makePlan(group([makeMeeting({ id: "mt-1", date: "2025-04-01" })]))), "plan/responsibility-group-inactive")).toEqual([]);
  });

  it("does not count planned or cancelled meetings", () => {
    const meetings = [makeMeeting({ id: "mt-1", date: "2025-06-01", status: "cancelled" }), makeMeeting({ id: "mt-2", date: "2025-12-01", status: "planned" })];
    expect(found(check(makePlan(group(meetings))), "plan/responsibility-group-inactive")).toHaveLength(1);
  });

  it("gives a group six months before judging it", () => {
    expect(found(check(makePlan(group([], "2025-04-02"))), "plan/responsibility-group-inactive")).toEqual([]);
    expect(found(check(makePlan(group([], "2025-04-01"))), "plan/responsibility-group-inactive")).toHaveLength(1);
    const noDates = makePlan({ activatedOn: undefined, period: undefined, responsibilityGroup: { meetings: [] } });
    expect(found(check(noDates), "plan/responsibility-group-inactive")).toHaveLength(1);
  });

  it("does not ask for a group where there is none, or in a draft", () => {
    expect(found(check(makePlan({ responsibilityGroup: undefined })), "plan/responsibility-group-inactive")).toEqual([]);
    expect(found(check(makePlan({ status: "draft", ...group([]) })), "plan/responsibility-group-inactive")).toEqual([]);
  });

  it("notes a meeting dated before today that is still only planned", () => {
    const meetings = [
      makeMeeting({ id: "mt-1", date: "2025-08-26" }),
      makeMeeting({ id: "mt-2", date: "2025-09-30", status: "planned" }),
      makeMeeting({ id: "mt-3", date: TODAY, status: "planned" }),
      makeMeeting({ id: "mt-4", date: "2025-09-01", status: "cancelled" }),
    ];
    const findings = check(makePlan(group(meetings)));
    expect(found(findings, "plan/meeting-not-recorded")).toEqual([["plan/meeting-not-recorded", ["responsibilityGroup", "meetings", 1, "status"]]]);
    expect(findings.find((f) => f.code === "plan/meeting-not-recorded")?.params).toEqual({ meetingId: "mt-2", date: "2025-09-30" });
  });
});

describe("checkIndividualPlan: closing", () => {
  it("checks a closed plan for open measures and closing details only", () => {
    const findings = check(closed({ consents: [], coordinatorAssignments: [], nextRevision: "2025-01-01" }));
    expect(findings.map((f) => [f.code, f.path])).toEqual([["plan/closed-with-open-measures", ["status"]]]);
    expect(findings[0]?.params).toEqual({ count: 2 });
  });

  it("stays silent when every measure is done or cancelled", () => {
    const measures = [makeMeasure({ id: "m-1", status: "done" }), makeMeasure({ id: "m-2", status: "cancelled" })];
    expect(check(closed({ measures }))).toEqual([]);
    expect(found(check(makePlan()), "plan/closed-with-open-measures")).toEqual([]);
  });

  it("flags a closed plan without a closing date or reason", () => {
    const findings = check(closed({ closedOn: undefined, closingReason: undefined, measures: [] }));
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["plan/closing-details-missing", ["closedOn"]],
      ["plan/closing-details-missing", ["closingReason"]],
    ]);
    expect(found(check(makePlan({ closedOn: undefined })), "plan/closing-details-missing")).toEqual([]);
  });
});

describe("checkIndividualPlan: integrity", () => {
  it("flags every id that points nowhere, by path, without repeating it", () => {
    const plan = makePlan({
      goals: [{ id: "g-1", title: "Mål", expressedById: "p-x" }, { id: "g-2", title: "Mål" }],
      measures: [makeMeasure({ id: "m-1", goalIds: ["g-1", "g-x"] }), makeMeasure({ id: "m-2", goalIds: ["g-2"] })],
      consents: [{ id: "c-1", purposes: ["plan", "information-sharing"], sharesWith: ["p-nav", "p-x"], givenBy: "parent", givenByParticipantId: "p-x", givenOn: "2025-01-15" }],
      coordinatorAssignments: [{ id: "a-1", participantId: "p-x", from: "2025-01-20", trainedOn: "2024-01-01" }],
      responsibilityGroup: { memberIds: ["p-user", "p-x"], meetings: [makeMeeting({ id: "mt-1", date: "2025-08-26", attendeeIds: ["p-x"] })] },
      contributions: [{ id: "k-1", participantId: "p-user" }, { id: "k-2", participantId: "p-x" }],
      cooperation: [{ id: "s-1", participantId: "p-x" }],
    });
    const findings = check(plan).filter((f) => f.code === "plan/unknown-reference");
    expect(findings.map((f) => f.path)).toEqual([
      ["consents", 0, "givenByParticipantId"],
      ["consents", 0, "sharesWith", 1],
      ["contributions", 1, "participantId"],
      ["cooperation", 0, "participantId"],
      ["coordinatorAssignments", 0, "participantId"],
      ["goals", 0, "expressedById"],
      ["measures", 0, "goalIds", 1],
      ["responsibilityGroup", "meetings", 0, "attendeeIds", 0],
      ["responsibilityGroup", "memberIds", 1],
    ]);
    expect(findings.map((f) => f.params?.["id"])).toEqual(["p-x", "p-x", "p-x", "p-x", "p-x", "p-x", "g-x", "p-x", "p-x"]);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
  });

  it("stays silent about references in a sound plan, whatever its status", () => {
    expect(found(check(makePlan()), "plan/unknown-reference")).toEqual([]);
    expect(found(check(closed()), "plan/unknown-reference")).toEqual([]);
  });

  it("flags the second use of an id among parts of one kind", () => {
    const plan = makePlan({
      participants: [...(makePlan().participants ?? []), makeParticipant({ id: "p-nav", role: "other" })],
      measures: [makeMeasure({ id: "m-1" }), makeMeasure({ id: "m-1", goalIds: ["g-2"] }), makeMeasure({ id: "m-1" })],
    });
    const findings = check(plan).filter((f) => f.code === "plan/duplicate-id");
    expect(findings.map((f) => [f.path, f.params])).toEqual([
      [["measures", 1, "id"], { id: "m-1" }],
      [["measures", 2, "id"], { id: "m-1" }],
      [["participants", 5, "id"], { id: "p-nav" }],
    ]);
  });

  it("allows the same id in parts of different kinds", () => {
    const plan = makePlan({ goals: [{ id: "x-1", title: "Mål" }], measures: [makeMeasure({ id: "x-1", goalIds: ["x-1"] })] });
    expect(found(check(plan), "plan/duplicate-id")).toEqual([]);
  });
});

describe("checkIndividualPlan: the user", () => {
  it("flags a user with neither birth date nor national id, in any status", () => {
    expect(found(check(makePlan({ user: { name: "Bruker" } })), "plan/user-unidentified")).toEqual([["plan/user-unidentified", ["user"]]]);
    expect(found(check(makePlan({ status: "draft", user: {} })), "plan/user-unidentified")).toHaveLength(1);
    expect(found(check(makePlan({ user: { birthDate: "1990-05-15" } })), "plan/user-unidentified")).toEqual([]);
    expect(found(check(makePlan({ user: { nationalId: NationalIdSchema.parse(syntheticNationalId("1990-05-15")) } })), "plan/user-unidentified")).toEqual([]);
  });

  it("flags a birth date the national id contradicts, with no params", () => {
    const nationalId = NationalIdSchema.parse(syntheticNationalId("1990-05-15"));
    const findings = check(makePlan({ user: { birthDate: "1990-05-16", nationalId } }));
    expect(found(findings, "plan/birth-date-mismatch")).toEqual([["plan/birth-date-mismatch", ["user", "birthDate"]]]);
    expect(findings.find((f) => f.code === "plan/birth-date-mismatch")?.params).toBeUndefined();
    expect(found(check(makePlan({ user: { birthDate: "1990-05-15", nationalId } })), "plan/birth-date-mismatch")).toEqual([]);
  });
});

describe("checkIndividualPlan: messages and options", () => {
  const messy = makePlan({ consents: [], coordinatorAssignments: [], goals: [], measures: [], nextRevision: "2025-01-01" });

  it("writes every message in the chosen language with all placeholders filled", () => {
    for (const locale of ["nb", "nn", "en"] as const) {
      const findings = check(messy, { locale });
      expect(findings.length).toBeGreaterThan(3);
      for (const finding of findings) {
        expect(finding.message).not.toMatch(/\{\w+\}/);
        expect(finding.severity).toBe(findingCatalog[finding.code].severity);
      }
    }
    expect(check(messy, { locale: "en" }).find((f) => f.code === "plan/no-goals")?.message).toBe("The plan has no goals");
  });

  it("applies per-code overrides and switches rules off", () => {
    const findings = check(messy, { rules: { "plan/missing-consent": "warning", "plan/no-goals": "off" } });
    expect(findings.find((f) => f.code === "plan/missing-consent")?.severity).toBe("warning");
    expect(found(findings, "plan/no-goals")).toEqual([]);
  });

  it("accepts today as a Date and refuses a broken one", () => {
    expect(check(makePlan(), { today: new Date(2025, 9, 1) })).toEqual([]);
    expect(() => check(makePlan(), { today: "2025-13-01" })).toThrow(RangeError);
  });
});
