import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/no-goals";

describe(CODE, () => {
  it("fires on an active plan with no goals", () => {
    expect(found(check(makePlan({ goals: [] })), CODE)).toEqual([[CODE, ["goals"]]]);
  });

  it("stays silent on the sound plan", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", goals: [] })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, goals: [] })), CODE)).toEqual([]);
  });
});
