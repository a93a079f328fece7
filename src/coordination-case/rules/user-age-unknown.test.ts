import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/user-age-unknown");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/user-age-unknown", () => {
  const child = makeAppointment({ kind: "child-coordinator" });

  it("fires on a child coordinator when the user's age is unknown", () => {
    expect(hits(makeCase({ user: { id: "u-1" }, appointments: [child] }))).toEqual([["case/user-age-unknown", ["user"]]]);
  });

  it("does not fire with a birth date, or with no child coordinator", () => {
    expect(hits(makeCase({ user: { id: "u-1", birthDate: "2012-01-01" }, appointments: [child] }))).toEqual([]);
    expect(hits(makeCase({ user: { id: "u-1" } }))).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(makeCase({ user: { id: "u-1" }, appointments: [child] })))).toEqual([]);
  });
});
