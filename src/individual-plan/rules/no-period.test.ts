import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/no-period";

describe(CODE, () => {
  it("fires on an active plan with no plan period", () => {
    expect(found(check(makePlan({ period: undefined })), CODE)).toEqual([[CODE, ["period"]]]);
  });

  it("stays silent on the sound plan", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", period: undefined })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, period: undefined })), CODE)).toEqual([]);
  });
});
