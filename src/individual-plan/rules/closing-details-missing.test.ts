import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/closing-details-missing";

describe(CODE, () => {
  it("fires on a closed plan without its closing date and reason, at each", () => {
    expect(found(check(makePlan({ status: "closed" })), CODE)).toEqual([
      [CODE, ["closedOn"]],
      [CODE, ["closingReason"]],
    ]);
    expect(found(check(makePlan({ ...CLOSED, closingReason: undefined })), CODE)).toEqual([[CODE, ["closingReason"]]]);
  });

  it("stays silent when both are recorded", () => {
    expect(found(check(makePlan(CLOSED)), CODE)).toEqual([]);
  });

  it("runs on closed plans only", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
    expect(found(check(makePlan({ status: "draft" })), CODE)).toEqual([]);
  });
});
