import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/plan-declined-no-coordinator-offer");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/plan-declined-no-coordinator-offer", () => {
  const offer = (plan: "accepted" | "declined", coordinator: "accepted" | "not-offered") =>
    makeCase({ offer: { offeredOn: "2025-09-05", plan, coordinator, answeredOn: "2025-09-05" } });

  it("fires on a declined plan with no coordinator offered", () => {
    expect(hits(offer("declined", "not-offered"))).toEqual([["case/plan-declined-no-coordinator-offer", ["offer", "coordinator"]]]);
  });

  it("does not fire when a coordinator was offered, or the plan accepted", () => {
    expect(hits(offer("declined", "accepted"))).toEqual([]);
    expect(hits(offer("accepted", "not-offered"))).toEqual([]);
  });

  it("does not fire on a closed case", () => {
    expect(hits(closed(offer("declined", "not-offered")))).toEqual([]);
  });
});
