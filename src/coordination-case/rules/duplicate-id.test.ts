import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/duplicate-id");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/duplicate-id", () => {
  const twice = (secondId: string) => makeCase({ appointments: [makeAppointment({ endedOn: "2025-09-19" }), makeAppointment({ id: secondId, appointedOn: "2025-09-20" })] });

  it("fires on a later use of an appointment id", () => {
    expect(hits(twice("a-1"))).toEqual([["case/duplicate-id", ["appointments", 1, "id"]]]);
  });

  it("does not fire on distinct ids", () => {
    expect(hits(twice("a-2"))).toEqual([]);
  });

  it("fires on a closed case too", () => {
    expect(hits(closed(twice("a-1")))).toEqual([["case/duplicate-id", ["appointments", 1, "id"]]]);
  });
});
