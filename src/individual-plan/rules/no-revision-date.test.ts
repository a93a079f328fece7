import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/no-revision-date";

describe(CODE, () => {
  it("fires on an active plan with no next revision date", () => {
    expect(found(check(makePlan({ nextRevision: undefined })), CODE)).toEqual([[CODE, ["nextRevision"]]]);
  });

  it("stays silent on the sound plan", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", nextRevision: undefined })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, nextRevision: undefined })), CODE)).toEqual([]);
  });
});
