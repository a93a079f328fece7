import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/appointment-untrained");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/appointment-untrained", () => {
  const { trainedOn: _, ...untrained } = makeAppointment();

  it("fires on an appointment holding today with no training on or before today", () => {
    expect(hits(makeCase({ appointments: [untrained] }))).toEqual([["case/appointment-untrained", ["appointments", 0, "trainedOn"]]]);
    expect(hits(makeCase({ appointments: [makeAppointment({ trainedOn: "2025-10-02" })] }))).toEqual([["case/appointment-untrained", ["appointments", 0, "trainedOn"]]]);
  });

  it("does not fire on training today, an appointment already ended, or the sound case", () => {
    expect(hits(makeCase({ appointments: [makeAppointment({ trainedOn: "2025-10-01" })] }))).toEqual([]);
    expect(hits(makeCase({ appointments: [{ ...untrained, endedOn: "2025-09-30" }] }))).toEqual([]);
    expect(hits(makeCase())).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(makeCase({ appointments: [untrained] })))).toEqual([]);
  });
});
