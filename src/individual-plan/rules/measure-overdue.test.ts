import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/measure-overdue";
const dueOn = (date: string, status: "in-progress" | "done" = "in-progress") => [
  makeMeasure({ id: "m-1", deadline: { kind: "date", date }, status, ...(status === "done" ? { doneOn: "2025-09-01" } : {}) }),
];

describe(CODE, () => {
  it("fires on an open measure whose deadline passed", () => {
    const findings = check(makePlan({ measures: dueOn("2025-09-30") }));
    expect(found(findings, CODE)).toEqual([[CODE, ["measures", 0, "deadline"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ measureId: "m-1", due: "2025-09-30" });
  });

  it("stays silent on the due day itself, and for a done measure", () => {
    expect(found(check(makePlan({ measures: dueOn(TODAY) })), CODE)).toEqual([]);
    expect(found(check(makePlan({ measures: dueOn("2025-09-30", "done") })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", measures: dueOn("2025-09-30") })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, measures: dueOn("2025-09-30") })), CODE)).toEqual([]);
  });
});
