import { describe, expect, it } from "vitest";
import { type ActionPlan, type ActionPlanCheckOptions, checkActionPlan, type Finding } from "samhandling";
import { deepFreeze, makeActionPlan, makeRow } from "../fixtures/action-plan.js";

// The window these tests were written for: 30 days (the default is 14 since the one due window).
const check = (plan: ActionPlan, today: string, options: Partial<ActionPlanCheckOptions> = {}): Finding[] =>
  checkActionPlan(deepFreeze(plan), { today, dueSoonDays: 30, ...options });
const coded = (findings: readonly Finding[], code: string): [Finding["path"], Finding["params"]][] =>
  findings.filter((f) => f.code === code).map((f) => [f.path, f.params]);

const YEARLY_BY_1_MAY = { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 } as const;
const TWICE_A_YEAR = { kind: "recurrence", frequency: "times-per-year", times: 2 } as const;

describe("checkActionPlan", () => {
  it("finds nothing in a complete plan with nothing due", () => {
    expect(check(makeActionPlan(), "2012-10-01")).toEqual([]);
  });

  describe("action-plan/row-overdue", () => {
    it("flags an open row the day after its last allowed day, not on it", () => {
      expect(coded(check(makeActionPlan(), "2012-11-30"), "action-plan/row-overdue")).toEqual([]);
      expect(coded(check(makeActionPlan(), "2012-12-01"), "action-plan/row-overdue")).toEqual([
        [["rows", 0, "deadline"], { row: "1", due: "2012-11-30" }],
      ]);
    });

    it("reads a month as due by its last day and a range by the end of its last month", () => {
      const plan = makeActionPlan([
        makeRow({ id: "m", deadline: { kind: "month", month: "2012-02" } }),
        makeRow({ id: "r", deadline: { kind: "range", from: { kind: "month", month: "2012-01" }, to: { kind: "month", month: "2012-03" } } }),
      ]);
      expect(coded(check(plan, "2012-02-29"), "action-plan/row-overdue")).toEqual([]);
      expect(coded(check(plan, "2012-03-01"), "action-plan/row-overdue").map(([path]) => path)).toEqual([["rows", 0, "deadline"]]);
      expect(coded(check(plan, "2012-04-01"), "action-plan/row-overdue").map(([path]) => path)).toEqual([
        ["rows", 0, "deadline"],
        ["rows", 1, "deadline"],
      ]);
    });

    it("stays silent for done and cancelled rows, and flags postponed ones", () => {
      const plan = makeActionPlan([
        makeRow({ id: "a", status: "done", doneOn: "2012-11-29" }),
        makeRow({ id: "b", status: "cancelled" }),
        makeRow({ id: "c", status: "postponed" }),
      ]);
      expect(coded(check(plan, "2013-01-01"), "action-plan/row-overdue").map(([, params]) => params?.row)).toEqual(["c"]);
    });
  });

  describe("action-plan/row-due-soon", () => {
    it("flags an open row due within 30 days, today included, and not 31 days ahead", () => {
      expect(coded(check(makeActionPlan(), "2012-10-30"), "action-plan/row-due-soon")).toEqual([]);
      expect(coded(check(makeActionPlan(), "2012-10-31"), "action-plan/row-due-soon")).toEqual([
        [["rows", 0, "deadline"], { row: "1", due: "2012-11-30", days: 30 }],
      ]);
      expect(coded(check(makeActionPlan(), "2012-11-30"), "action-plan/row-due-soon")).toEqual([
        [["rows", 0, "deadline"], { row: "1", due: "2012-11-30", days: 0 }],
      ]);
      expect(coded(check(makeActionPlan(), "2012-12-01"), "action-plan/row-due-soon")).toEqual([]);
    });

    it("takes the window from dueSoonDays", () => {
      expect(coded(check(makeActionPlan(), "2012-11-19", { dueSoonDays: 10 }), "action-plan/row-due-soon")).toEqual([]);
      expect(coded(check(makeActionPlan(), "2012-11-20", { dueSoonDays: 10 }), "action-plan/row-due-soon")).toHaveLength(1);
    });

    it("flags a recurring row by its next due day", () => {
      const plan = makeActionPlan([makeRow({ deadline: YEARLY_BY_1_MAY })]);
      expect(coded(check(plan, "2013-03-31"), "action-plan/row-due-soon")).toEqual([]);
      expect(coded(check(plan, "2013-04-01"), "action-plan/row-due-soon")).toEqual([
        [["rows", 0, "deadline"], { row: "1", due: "2013-05-01", days: 30 }],
      ]);
    });

    it("stays silent for a done row", () => {
      expect(coded(check(makeActionPlan([makeRow({ status: "done", doneOn: "2012-11-01" })]), "2012-11-20"), "action-plan/row-due-soon")).toEqual([]);
    });
  });

  describe("action-plan/recurring-missed", () => {
    const meeting = (overrides = {}): ActionPlan => makeActionPlan([makeRow({ id: "6", deadline: YEARLY_BY_1_MAY, status: "planned", ...overrides })]);

    it("flags a yearly row not held by its day once that period has ended, not on the day itself", () => {
      expect(coded(check(meeting(), "2013-05-01"), "action-plan/recurring-missed")).toEqual([]);
      expect(coded(check(meeting(), "2013-05-02"), "action-plan/recurring-missed")).toEqual([
        [["rows", 0, "carriedOut"], { row: "6", count: 1, due: "2013-05-01" }],
      ]);
    });

    it("does not count periods that ended before the plan started (signed 22 October 2012)", () => {
      // Without the plan's start, the period ending 1 May 2012 would count as missed too.
      expect(coded(check(meeting(), "2014-05-02"), "action-plan/recurring-missed")).toEqual([
        [["rows", 0, "carriedOut"], { row: "6", count: 2, due: "2014-05-01" }],
      ]);
    });

    it("counts every missed period, past the hundred a recurrence status lists", () => {
      const weekly = makeActionPlan([makeRow({ id: "w", deadline: { kind: "recurrence", frequency: "every", interval: 1, unit: "week" }, status: "planned" })]);
      const [finding] = coded(check(weekly, "2016-10-24"), "action-plan/recurring-missed");
      // Signed Monday 22 October 2012; four years of weeks, all missed, the last ending Sunday 23 October 2016.
      expect(finding?.[1]).toMatchObject({ row: "w", due: "2016-10-23" });
      expect(Number(finding?.[1]?.count)).toBeGreaterThan(200);
    });

    it("starts the plan at its period when that is later than the signature", () => {
      const plan = makeActionPlan([makeRow({ deadline: TWICE_A_YEAR, status: "planned" })], {
        period: { kind: "range", from: { kind: "month", month: "2013-01" }, to: { kind: "year", year: 2013 } },
      });
      expect(coded(check(plan, "2013-06-30"), "action-plan/recurring-missed")).toEqual([]);
      expect(coded(check(plan, "2013-07-01"), "action-plan/recurring-missed").map(([, p]) => p)).toEqual([{ row: "1", count: 1, due: "2013-06-30" }]);
    });

    it("counts only the previous period when the plan has neither period nor signature", () => {
      const plan = makeActionPlan([makeRow({ deadline: TWICE_A_YEAR, status: "planned" })], {});
      const { period: _p, signed: _s, ...bare } = plan;
      expect(coded(check(bare, "2014-01-01"), "action-plan/recurring-missed").map(([, p]) => p)).toEqual([{ row: "1", count: 1, due: "2013-12-31" }]);
    });

    it("counts a period carried out when a day of carriedOut falls in it", () => {
      expect(coded(check(meeting({ carriedOut: ["2013-04-30"] }), "2013-06-01"), "action-plan/recurring-missed")).toEqual([]);
      expect(coded(check(meeting({ carriedOut: ["2013-05-02"] }), "2013-06-01"), "action-plan/recurring-missed")).toHaveLength(1);
    });

    it("stays silent for done and cancelled recurring rows", () => {
      expect(check(meeting({ status: "done", doneOn: "2013-01-10" }), "2014-06-01").map((f) => f.code)).toEqual([]);
      expect(check(meeting({ status: "cancelled" }), "2014-06-01").map((f) => f.code)).toEqual([]);
    });

    it("never reports a recurring row as row-overdue", () => {
      expect(coded(check(meeting(), "2014-06-01"), "action-plan/row-overdue")).toEqual([]);
    });
  });

  describe("row contents", () => {
    it("flags a missing or blank responsible, goal and deadline on open rows", () => {
      const plan = makeActionPlan([
        makeRow({ id: "a", responsible: "   ", goal: undefined, deadline: undefined }),
        makeRow({ id: "b" }),
      ]);
      const findings = check(plan, "2012-10-01");
      expect(findings.map((f) => [f.code, f.path])).toEqual([
        ["action-plan/row-missing-deadline", ["rows", 0, "deadline"]],
        ["action-plan/row-missing-goal", ["rows", 0, "goal"]],
        ["action-plan/row-missing-responsible", ["rows", 0, "responsible"]],
      ]);
      expect(findings.every((f) => f.params?.["row"] === "a")).toBe(true);
    });

    it("does not ask a cancelled row for a goal, responsible or deadline, nor a done row for a deadline", () => {
      const plan = makeActionPlan([
        makeRow({ id: "a", status: "cancelled", responsible: undefined, goal: "", deadline: undefined }),
        makeRow({ id: "b", status: "done", doneOn: "2012-09-01", deadline: undefined }),
      ]);
      expect(check(plan, "2012-10-01")).toEqual([]);
    });

    it("flags a row id used twice, at the second use", () => {
      expect(coded(check(makeActionPlan([makeRow(), makeRow({ deadline: undefined, status: "done", doneOn: "2012-09-01" }), makeRow()]), "2012-10-01"), "action-plan/duplicate-row-id")).toEqual([
        [["rows", 1, "id"], { row: "1" }],
        [["rows", 2, "id"], { row: "1" }],
      ]);
    });
  });

  describe("done rows", () => {
    it("reminds that a done row has no date (info)", () => {
      const findings = check(makeActionPlan([makeRow({ status: "done" })]), "2013-01-01");
      expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([["action-plan/done-without-date", "info", ["rows", 0, "doneOn"]]]);
      expect(check(makeActionPlan([makeRow({ status: "done", doneOn: "2012-11-20" })]), "2013-01-01")).toEqual([]);
    });

    it("flags a doneOn or carriedOut day after today as an error, and not on the day itself", () => {
      const plan = makeActionPlan([
        makeRow({ status: "done", doneOn: "2012-11-20" }),
        makeRow({ id: "2", deadline: TWICE_A_YEAR, carriedOut: ["2012-11-01", "2012-11-20"] }),
      ]);
      expect(coded(check(plan, "2012-11-20"), "action-plan/done-in-future")).toEqual([]);
      const findings = check(plan, "2012-11-19");
      expect(coded(findings, "action-plan/done-in-future")).toEqual([
        [["rows", 0, "doneOn"], { row: "1", date: "2012-11-20" }],
        [["rows", 1, "carriedOut", 1], { row: "2", date: "2012-11-20" }],
      ]);
      expect(findings.find((f) => f.code === "action-plan/done-in-future")?.severity).toBe("error");
    });
  });

  describe("header", () => {
    it("warns when measures are not anchored in the services' plans, and only on an explicit no", () => {
      expect(coded(check(makeActionPlan([], { anchoredInServicePlans: false }), "2012-10-01"), "action-plan/not-anchored")).toEqual([
        [["anchoredInServicePlans"], undefined],
      ]);
      expect(coded(check(makeActionPlan([], { anchoredInServicePlans: true }), "2012-10-01"), "action-plan/not-anchored")).toEqual([]);
    });

    it("warns when there is no working group, and only on an explicit no", () => {
      const findings = check(makeActionPlan([], { hasWorkingGroup: false }), "2012-10-01");
      expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([["action-plan/no-working-group", "warning", ["hasWorkingGroup"]]]);
      expect(check(makeActionPlan([]), "2012-10-01")).toEqual([]);
    });

    it("reminds of each unanswered header question", () => {
      const { hasWorkingGroup: _h, anchoredInServicePlans: _a, signed: _s, ...plan } = makeActionPlan([], { carriedBy: [] });
      expect(check(plan, "2012-10-01").map((f) => [f.code, f.path, f.params?.["question"]])).toEqual([
        ["action-plan/header-unanswered", ["anchoredInServicePlans"], "anchoredInServicePlans"],
        ["action-plan/header-unanswered", ["carriedBy"], "carriedBy"],
        ["action-plan/header-unanswered", ["hasWorkingGroup"], "hasWorkingGroup"],
        ["action-plan/header-unanswered", ["signed"], "signed"],
      ]);
    });
  });

  describe("options", () => {
    it("applies per-code overrides and switches rules off", () => {
      const plan = makeActionPlan([], { anchoredInServicePlans: false, hasWorkingGroup: false });
      const findings = check(plan, "2012-10-01", { rules: { "action-plan/not-anchored": "error", "action-plan/no-working-group": "off" } });
      expect(findings.map((f) => [f.code, f.severity])).toEqual([["action-plan/not-anchored", "error"]]);
    });

    it("writes messages in the chosen locale, with the same code and path", () => {
      const plan = makeActionPlan();
      const [nb, nn, en] = (["nb", "nn", "en"] as const).map((locale) => check(plan, "2012-12-01", { locale })[0]);
      expect(new Set([nb?.message, nn?.message, en?.message]).size).toBe(3);
      expect([nb?.code, nn?.code, en?.code]).toEqual(["action-plan/row-overdue", "action-plan/row-overdue", "action-plan/row-overdue"]);
    });

    it("throws RangeError on a broken today or dueSoonDays", () => {
      expect(() => check(makeActionPlan(), "2012-13-01")).toThrow(RangeError);
      expect(() => check(makeActionPlan(), "2012-12-01", { dueSoonDays: -1 })).toThrow(RangeError);
      expect(() => check(makeActionPlan(), "2012-12-01", { dueSoonDays: 1.5 })).toThrow(RangeError);
    });

    it("accepts today as a Date", () => {
      expect(checkActionPlan(makeActionPlan(), { today: new Date(2012, 11, 1) }).map((f) => f.code)).toEqual(["action-plan/row-overdue"]);
    });
  });

  it("sorts findings by path, then code, and never puts free text in params", () => {
    const plan = makeActionPlan([
      makeRow({ id: "b", goal: undefined, deadline: { kind: "date", date: "2012-01-01" } }),
      makeRow({ id: "a", responsible: undefined }),
    ], { anchoredInServicePlans: false });
    const findings = check(plan, "2012-11-15");
    expect(findings.map((f) => f.path.join("."))).toEqual([
      "anchoredInServicePlans",
      "rows.0.deadline",
      "rows.0.goal",
      "rows.1.deadline",
      "rows.1.responsible",
    ]);
    const texts = new Set([plan.title, ...plan.rows.flatMap((r) => [r.measure, r.goal, r.responsible, ...r.activities])]);
    for (const finding of findings) for (const value of Object.values(finding.params ?? {})) expect(texts.has(String(value))).toBe(false);
  });
});
