import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/needs-not-described";

describe(CODE, () => {
  it("fires on an active plan that records no needs", () => {
    expect(found(check(makePlan({ needs: [] })), CODE)).toEqual([[CODE, ["needs"]]]);
  });

  it("stays silent on the sound plan", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", needs: [] })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, needs: [] })), CODE)).toEqual([]);
  });
});
