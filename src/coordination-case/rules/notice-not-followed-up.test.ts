import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/notice-not-followed-up");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/notice-not-followed-up", () => {
  it("fires more than followUpDays after a notice with no step", () => {
    expect(hits(makeNewCase(), { today: "2025-09-16" })).toEqual([["case/notice-not-followed-up", ["notice", "receivedOn"]]]);
    expect(hits(makeNewCase(), { today: "2025-09-09", followUpDays: 7 })).toEqual([["case/notice-not-followed-up", ["notice", "receivedOn"]]]);
  });

  it("does not fire on the last allowed day, nor once a step is taken", () => {
    expect(hits(makeNewCase(), { today: "2025-09-15" })).toEqual([]);
    expect(hits(makeNewCase({ activities: [{ date: "2025-09-01", kind: "contact" }] }), { today: "2025-09-16" })).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(makeNewCase({ status: "closed" }), { today: "2025-09-16" })).toEqual([]);
  });
});
