import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/user-contribution-missing";
const othersOnly = [{ id: "k-2", participantId: "p-rel", description: "Hjelper med flytting" }];

describe(CODE, () => {
  it("fires when no contribution is the user's", () => {
    expect(found(check(makePlan({ contributions: othersOnly })), CODE)).toEqual([[CODE, ["contributions"]]]);
    expect(found(check(makePlan({ contributions: undefined })), CODE)).toHaveLength(1);
  });

  it("stays silent when the user contributes", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", contributions: othersOnly })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, contributions: othersOnly })), CODE)).toEqual([]);
  });
});
