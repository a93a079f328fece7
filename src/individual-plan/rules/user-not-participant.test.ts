import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeParticipant, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/user-not-participant";
const userLeft = (leftOn: string) => [makeParticipant({ id: "p-user", role: "user", leftOn }), ...(makePlan().participants ?? []).slice(1)];
const withoutUser = (makePlan().participants ?? []).slice(1);

describe(CODE, () => {
  it("fires when no current participant is the user", () => {
    expect(found(check(makePlan({ participants: withoutUser })), CODE)).toEqual([[CODE, ["participants"]]]);
    expect(found(check(makePlan({ participants: userLeft("2025-09-30") })), CODE)).toHaveLength(1);
  });

  it("stays silent while the user takes part through today", () => {
    expect(found(check(makePlan({ participants: userLeft(TODAY) })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", participants: withoutUser })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, participants: withoutUser })), CODE)).toEqual([]);
  });
});
