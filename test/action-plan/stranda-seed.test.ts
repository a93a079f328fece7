// The Stranda 2012/13 action plan (seed 002, appendix 4) as sample data: what the checks say on chosen days.
import { describe, expect, it } from "vitest";
import { actionPlanProgress, checkActionPlan, parseDeadline, parseRowStatus, validateActionPlan } from "samhandling";
import { deepFreeze, readSampleData, strandaActionPlan } from "../fixtures/action-plan.js";

const plan = deepFreeze(strandaActionPlan());
const codesAndPaths = (today: string): [string, string][] =>
  checkActionPlan(plan, { today, dueSoonDays: 30 }).map((f) => [f.code, f.path.join(".")]);

describe("the Stranda action plan sample", () => {
  it("is a valid action plan for Stranda (1525) with six rows", () => {
    const result = validateActionPlan(readSampleData("stranda-action-plan-2012.json"), { today: "2012-10-22" });
    expect(result.ok).toBe(true);
    expect(plan.municipality).toEqual({ number: "1525", name: "Stranda" });
    expect(plan.rows).toHaveLength(6);
  });

  it("keeps the deadlines as written, and parseDeadline(deadlineText) gives the stored deadline for every row", () => {
    expect(plan.rows.map((row) => row.deadlineText)).toEqual([
      "Innan 15.11.2012",
      "Innan 30.11.2012",
      "Innan 30.11.2012",
      "Kontinuerleg to gongar i året",
      "Innan 30.11.2012",
      "Eit møte pr. år. Innan 1. mai kvart år",
    ]);
    for (const row of plan.rows) {
      expect(parseDeadline(row.deadlineText)).toEqual({ ok: true, deadline: row.deadline });
    }
  });

  it("keeps the statuses as written, and parseRowStatus(statusText) gives the stored status for every row", () => {
    expect(plan.rows.map((row) => row.statusText)).toEqual(["Ja", "Ja", "Ja", "Under planlegging", "Ja", "Under planlegging"]);
    for (const row of plan.rows) expect(parseRowStatus(row.statusText)).toEqual({ ok: true, status: row.status });
  });

  it("on 2013-06-01 flags the yearly management meeting still under planning, not the done rows, and warns it is not anchored", () => {
    const findings = checkActionPlan(plan, { today: "2013-06-01", dueSoonDays: 30 });
    expect(findings.map((f) => [f.code, f.severity, f.path.join(".")])).toEqual([
      ["action-plan/not-anchored", "warning", "anchoredInServicePlans"],
      ["action-plan/done-without-date", "info", "rows.0.doneOn"],
      ["action-plan/done-without-date", "info", "rows.1.doneOn"],
      ["action-plan/done-without-date", "info", "rows.2.doneOn"],
      // Training twice a year: nothing recorded for the half-year from the signing to 31 December 2012.
      ["action-plan/recurring-missed", "warning", "rows.3.carriedOut"],
      ["action-plan/row-due-soon", "info", "rows.3.deadline"],
      ["action-plan/done-without-date", "info", "rows.4.doneOn"],
      ["action-plan/recurring-missed", "warning", "rows.5.carriedOut"],
    ]);
    const meeting = findings.find((f) => f.code === "action-plan/recurring-missed" && f.path[1] === 5);
    expect(meeting?.params).toEqual({ row: "6", count: 1, due: "2013-05-01" });
    const doneRows = plan.rows.flatMap((row, index) => (row.status === "done" ? [index] : []));
    expect(doneRows).toEqual([0, 1, 2, 4]);
    expect(findings.filter((f) => doneRows.includes(Number(f.path[1])) && f.severity !== "info")).toEqual([]);
  });

  it("on 2013-05-01 does not yet flag the management meeting, due that very day", () => {
    expect(codesAndPaths("2013-05-01")).not.toContainEqual(["action-plan/recurring-missed", "rows.5.carriedOut"]);
    expect(codesAndPaths("2013-05-02")).toContainEqual(["action-plan/recurring-missed", "rows.5.carriedOut"]);
  });

  it("on 2012-11-20 sees the three rows due 30 November as done and nothing overdue", () => {
    expect(codesAndPaths("2012-11-20").filter(([code]) => code !== "action-plan/done-without-date")).toEqual([
      ["action-plan/not-anchored", "anchoredInServicePlans"],
    ]);
  });

  it("gives a dashboard the rows by status, what is overdue and what is coming on 2013-06-01", () => {
    expect(actionPlanProgress(plan, { today: "2013-06-01", dueSoonDays: 30 })).toEqual({
      total: 6,
      byStatus: { done: 4, "in-progress": 0, planned: 2, "not-started": 0, postponed: 0, cancelled: 0 },
      overdue: [
        { rowId: "4", path: ["rows", 3], due: "2012-12-31", recurring: true, missedPeriods: 1 },
        { rowId: "6", path: ["rows", 5], due: "2013-05-01", recurring: true, missedPeriods: 1 },
      ],
      upcoming: [{ rowId: "4", path: ["rows", 3], due: "2013-06-30", recurring: true, missedPeriods: 0 }],
      undated: [],
    });
  });
});
