import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/open-with-closed-date");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/open-with-closed-date", () => {
  it("fires on an open case with a closing date", () => {
    expect(hits(makeCase({ closedOn: "2025-09-30" }))).toEqual([["case/open-with-closed-date", ["closedOn"]]]);
  });

  it("does not fire on an open case without one", () => {
    expect(hits(makeCase())).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(makeCase()))).toEqual([]);
  });
});
