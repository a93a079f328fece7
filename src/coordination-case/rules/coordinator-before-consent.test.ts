import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/coordinator-before-consent");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/coordinator-before-consent", () => {
  // Consent is given on 5 September.
  const appointedOn = (day: string) => makeCase({ appointments: [makeAppointment({ appointedOn: day })] });

  it("fires on an appointment made the day before consent, or with no consent", () => {
    expect(hits(appointedOn("2025-09-04"))).toEqual([["case/coordinator-before-consent", ["appointments", 0, "appointedOn"]]]);
    expect(hits(makeCase({ consent: { status: "pending", askedOn: "2025-09-02" } }))).toEqual([["case/coordinator-before-consent", ["appointments", 0, "appointedOn"]]]);
  });

  it("does not fire on an appointment made the day consent is given", () => {
    expect(hits(appointedOn("2025-09-05"))).toEqual([]);
    expect(hits(makeCase())).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(appointedOn("2025-09-04")))).toEqual([]);
  });
});
