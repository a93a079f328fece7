import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/closed-without-date");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/closed-without-date", () => {
  it("fires on a closed case with no closing date", () => {
    expect(hits(makeCase({ status: "closed" }))).toEqual([["case/closed-without-date", ["closedOn"]]]);
  });

  it("does not fire on a closed case with its date", () => {
    expect(hits(closed(makeCase()))).toEqual([]);
  });

  it("does not fire on an open case (with or without a date)", () => {
    expect(hits(makeCase())).toEqual([]);
    expect(hits(makeCase({ closedOn: "2025-09-30" }))).toEqual([]);
  });
});
