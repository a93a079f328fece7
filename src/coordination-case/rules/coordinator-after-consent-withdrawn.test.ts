import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/coordinator-after-consent-withdrawn");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/coordinator-after-consent-withdrawn", () => {
  // The coordinator was appointed on 15 September; consent is withdrawn on 20 September.
  const withdrawn = (endedOn?: string, withdrawnOn = "2025-09-20") =>
    makeCase({
      consent: { status: "given", givenOn: "2025-09-05", givenBy: "user", withdrawnOn },
      appointments: [endedOn === undefined ? makeAppointment() : makeAppointment({ endedOn })],
    });

  it("fires on an appointment with no end, or ending after the withdrawal day", () => {
    expect(hits(withdrawn())).toEqual([["case/coordinator-after-consent-withdrawn", ["appointments", 0, "endedOn"]]]);
    expect(hits(withdrawn("2025-09-21"))).toEqual([["case/coordinator-after-consent-withdrawn", ["appointments", 0, "endedOn"]]]);
  });

  it("does not fire on an appointment ending on the withdrawal day, or a withdrawal still ahead", () => {
    expect(hits(withdrawn("2025-09-20"))).toEqual([]);
    expect(hits(withdrawn(undefined, "2025-10-02"))).toEqual([]);
    expect(hits(makeCase())).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(withdrawn()))).toEqual([]);
  });
});
