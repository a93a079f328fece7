import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/measure-without-title";
const untitled = [makeMeasure({ id: "m-1", title: undefined })];

describe(CODE, () => {
  it("fires on a measure without wording", () => {
    const findings = check(makePlan({ measures: untitled }));
    expect(found(findings, CODE)).toEqual([[CODE, ["measures", 0, "title"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ measureId: "m-1" });
  });

  it("stays silent when every measure has wording", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", measures: untitled })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, measures: untitled })), CODE)).toEqual([]);
  });
});
