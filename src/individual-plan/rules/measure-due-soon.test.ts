import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/measure-due-soon";
const dueOn = (date: string) => [makeMeasure({ id: "m-1", deadline: { kind: "date", date } })];

describe(CODE, () => {
  it("fires on an open measure due within the window, 14 days by default", () => {
    const findings = check(makePlan({ measures: dueOn("2025-10-15") }));
    expect(found(findings, CODE)).toEqual([[CODE, ["measures", 0, "deadline"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ measureId: "m-1", due: "2025-10-15", days: 14 });
  });

  it("stays silent the day after the window, unless dueSoonDays widens it", () => {
    expect(found(check(makePlan({ measures: dueOn("2025-10-16") })), CODE)).toEqual([]);
    expect(found(check(makePlan({ measures: dueOn("2025-10-16") }), { dueSoonDays: 15 }), CODE)).toHaveLength(1);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", measures: dueOn("2025-10-15") })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, measures: dueOn("2025-10-15") })), CODE)).toEqual([]);
  });
});
