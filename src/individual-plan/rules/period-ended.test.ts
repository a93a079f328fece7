import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/period-ended";
const endedYesterday = { from: "2025-01-20", to: "2025-09-30" };

describe(CODE, () => {
  it("fires when the period ended before today", () => {
    const findings = check(makePlan({ period: endedYesterday }));
    expect(found(findings, CODE)).toEqual([[CODE, ["period", "to"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ to: "2025-09-30" });
  });

  it("stays silent through the period's last day", () => {
    expect(found(check(makePlan({ period: { from: "2025-01-20", to: TODAY } })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", period: endedYesterday })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, period: endedYesterday })), CODE)).toEqual([]);
  });
});
