import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/multiple-coordinators");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/multiple-coordinators", () => {
  const handover = (endedOn: string) =>
    makeCase({ appointments: [makeAppointment({ endedOn }), makeAppointment({ id: "a-2", coordinatorId: "k-2", appointedOn: "2025-09-20" })] });

  it("fires on an appointment that overlaps an earlier one, on the later one", () => {
    expect(hits(handover("2025-09-20"))).toEqual([["case/multiple-coordinators", ["appointments", 1, "appointedOn"]]]);
  });

  it("does not fire on a handover the day before", () => {
    expect(hits(handover("2025-09-19"))).toEqual([]);
    expect(hits(makeCase())).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(handover("2025-09-20")))).toEqual([]);
  });
});
