import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makeParticipant, makePlan, TODAY } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/responsible-not-participant";
const unknown = [makeMeasure({ id: "m-1", responsibleId: "p-nobody" })];
const navLeft = (leftOn: string) => [
  ...(makePlan().participants ?? []).filter((p) => p.id !== "p-nav"),
  makeParticipant({ id: "p-nav", leftOn }),
];

describe(CODE, () => {
  it("fires on a responsible who is no participant, on every status", () => {
    expect(found(check(makePlan({ measures: unknown })), CODE)).toEqual([[CODE, ["measures", 0, "responsibleId"]]]);
    expect(found(check(makePlan({ status: "draft", measures: unknown })), CODE)).toHaveLength(1);
    expect(found(check(makePlan({ ...CLOSED, measures: unknown })), CODE)).toHaveLength(1);
  });

  it("fires in an active plan on an open measure whose responsible left before today", () => {
    expect(found(check(makePlan({ participants: navLeft("2025-09-30") })), CODE)).toEqual([[CODE, ["measures", 0, "responsibleId"]]]);
    expect(found(check(makePlan({ participants: navLeft(TODAY) })), CODE)).toEqual([]);
  });

  it("does not judge who left in a draft, and stays silent on the sound plan", () => {
    expect(found(check(makePlan({ status: "draft", participants: navLeft("2025-09-30") })), CODE)).toEqual([]);
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });
});
