import { describe, expect, it } from "vitest";
import type { CoordinationCase, CoordinationCaseCheckOptions } from "../../index.js";
import { findingsOf, makeAppointment, makeCase, makeNewCase } from "../../../test/fixtures/coordination-case.js";

const hits = (c: CoordinationCase, options: Partial<CoordinationCaseCheckOptions> = {}) => findingsOf(c, options).filter(([code]) => code === "case/notice-user-mismatch");
const closed = (c: CoordinationCase): CoordinationCase => ({ ...c, status: "closed", closedOn: "2025-09-30" });

describe("case/notice-user-mismatch", () => {
  const about = (aboutUserId: string) => makeCase({ notice: { receivedOn: "2025-09-01", fromService: "nav", aboutUserId } });

  it("fires on a notice about another user", () => {
    expect(hits(about("u-2"))).toEqual([["case/notice-user-mismatch", ["notice", "aboutUserId"]]]);
  });

  it("does not fire on a notice about the case's user", () => {
    expect(hits(about("u-1"))).toEqual([]);
  });

  it("fires on a closed case too", () => {
    expect(hits(closed(about("u-2")))).toEqual([["case/notice-user-mismatch", ["notice", "aboutUserId"]]]);
  });
});
