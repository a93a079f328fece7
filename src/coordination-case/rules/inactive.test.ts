import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/inactive");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/inactive", () => {
  // The sound case's last step is the plan, made on 25 September; 90 days later is 24 December.
  it("fires more than inactiveDays after the last activity", () => {
    expect(hits(makeCase(), { today: "2025-12-25" })).toEqual([["case/inactive", ["activities"]]]);
    expect(hits(makeCase(), { today: "2025-10-26", inactiveDays: 30 })).toEqual([["case/inactive", ["activities"]]]);
  });

  it("does not fire on the last allowed day, nor on a case never followed up", () => {
    expect(hits(makeCase(), { today: "2025-12-24" })).toEqual([]);
    expect(hits(makeNewCase(), { today: "2026-06-01" })).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(makeCase()), { today: "2026-06-01" })).toEqual([]);
  });
});
