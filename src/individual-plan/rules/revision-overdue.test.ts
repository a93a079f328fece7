import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/revision-overdue";

describe(CODE, () => {
  it("fires when the next revision date passed with no revision since", () => {
    const findings = check(makePlan({ nextRevision: "2025-09-30" }));
    expect(found(findings, CODE)).toEqual([[CODE, ["nextRevision"]]]);
    expect(findings.find((f) => f.code === CODE)?.params).toEqual({ nextRevision: "2025-09-30" });
  });

  it("stays silent on the revision day, and when a revision was held on or after it", () => {
    expect(found(check(makePlan({ nextRevision: TODAY })), CODE)).toEqual([]);
    expect(found(check(makePlan({ nextRevision: "2025-09-30", revisions: [{ date: "2025-09-30", note: "Revidert" }] })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", nextRevision: "2025-09-30" })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, nextRevision: "2025-09-30" })), CODE)).toEqual([]);
  });
});
