import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/date-in-future");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/date-in-future", () => {
  const activityOn = (date: string) => makeCase({ activities: [{ date, kind: "contact" }] });

  it("fires on a date after today", () => {
    expect(hits(activityOn("2025-10-02"))).toEqual([["case/date-in-future", ["activities", 0, "date"]]]);
    expect(hits(makeCase({ appointments: [makeAppointment({ trainedOn: "2026-01-01" })] }))).toEqual([["case/date-in-future", ["appointments", 0, "trainedOn"]]]);
  });

  it("does not fire on today", () => {
    expect(hits(activityOn("2025-10-01"))).toEqual([]);
  });

  it("fires on a closed case too", () => {
    expect(hits(closed(activityOn("2025-10-02")))).toEqual([["case/date-in-future", ["activities", 0, "date"]]]);
  });
});
