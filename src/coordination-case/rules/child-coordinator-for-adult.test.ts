import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/child-coordinator-for-adult");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/child-coordinator-for-adult", () => {
  const child = makeAppointment({ kind: "child-coordinator" }); // appointed 2025-09-15
  const born = (birthDate: string) => makeCase({ user: { id: "u-1", birthDate }, appointments: [child] });

  it("fires on a child coordinator appointed on or after the user's 18th birthday", () => {
    expect(hits(born("2007-09-15"))).toEqual([["case/child-coordinator-for-adult", ["appointments", 0, "kind"]]]);
    expect(hits(makeCase({ appointments: [child] }))).toEqual([["case/child-coordinator-for-adult", ["appointments", 0, "kind"]]]);
  });

  it("does not fire the day before the 18th birthday, nor on an ordinary coordinator, nor without a birth date", () => {
    expect(hits(born("2007-09-16"))).toEqual([]);
    expect(hits(makeCase())).toEqual([]);
    expect(hits(makeCase({ user: { id: "u-1" }, appointments: [child] }))).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(born("2007-09-15")))).toEqual([]);
  });
});
