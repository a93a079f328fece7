import { describe, expect, it } from "vitest";
import { validateActionPlan } from "samhandling";
import { makeActionPlan, makeRow } from "../fixtures/action-plan.js";

const yearlyBy = (month: number, day: number): unknown =>
  makeActionPlan([makeRow({ deadline: { kind: "recurrence", frequency: "yearly-by", month, day } })]);
const codesAndPaths = (input: unknown): [string, readonly (string | number)[]][] =>
  validateActionPlan(input, { today: "2012-10-01" }).findings.map((finding) => [finding.code, finding.path]);

describe("validateActionPlan on a yearly-by row deadline", () => {
  it("reports a day the month never has as schema/invalid-date, at the day", () => {
    expect(codesAndPaths(yearlyBy(4, 31))).toEqual([["schema/invalid-date", ["rows", 0, "deadline", "day"]]]);
    expect(codesAndPaths(yearlyBy(2, 30))).toEqual([["schema/invalid-date", ["rows", 0, "deadline", "day"]]]);
  });

  it("accepts the month's last day, 29 February included", () => {
    expect(codesAndPaths(yearlyBy(4, 30))).toEqual([]);
    expect(codesAndPaths(yearlyBy(2, 29))).toEqual([]);
  });
});
