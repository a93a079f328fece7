import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/plan-without-consent");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/plan-without-consent", () => {
  // Consent is given on 5 September.
  const madeOn = (day: string) => makeCase({ individualPlan: { id: "ip-1", madeOn: day } });

  it("fires on a plan made the day before consent", () => {
    expect(hits(madeOn("2025-09-04"))).toEqual([["case/plan-without-consent", ["individualPlan", "madeOn"]]]);
  });

  it("does not fire on a plan made the day consent is given", () => {
    expect(hits(madeOn("2025-09-05"))).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(madeOn("2025-09-04")))).toEqual([]);
  });
});
