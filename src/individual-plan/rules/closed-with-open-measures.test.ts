import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/closed-with-open-measures";
const doneOnly = [makeMeasure({ id: "m-1", status: "done", doneOn: "2025-08-01" }), makeMeasure({ id: "m-2", status: "cancelled" })];

describe(CODE, () => {
  it("fires on a closed plan with measures neither done nor cancelled, and counts them", () => {
    const findings = check(makePlan(CLOSED));
    expect(found(findings, CODE)).toEqual([[CODE, ["status"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ count: 2 });
  });

  it("stays silent when every measure is done or cancelled", () => {
    expect(found(check(makePlan({ ...CLOSED, measures: doneOnly })), CODE)).toEqual([]);
  });

  it("runs on closed plans only", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
    expect(found(check(makePlan({ status: "draft" })), CODE)).toEqual([]);
  });
});
