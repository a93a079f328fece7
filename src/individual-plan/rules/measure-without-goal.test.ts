import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/measure-without-goal";
const unlinked = [makeMeasure({ id: "m-1", goalIds: [] })];

describe(CODE, () => {
  it("fires on a measure linked to no goal, empty or left out", () => {
    expect(found(check(makePlan({ measures: unlinked })), CODE)).toEqual([[CODE, ["measures", 0, "goalIds"]]]);
    expect(found(check(makePlan({ measures: [makeMeasure({ id: "m-1", goalIds: undefined })] })), CODE)).toHaveLength(1);
  });

  it("stays silent for a linked or a cancelled measure", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
    expect(found(check(makePlan({ measures: [makeMeasure({ id: "m-1", goalIds: [], status: "cancelled" })] })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", measures: unlinked })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, measures: unlinked })), CODE)).toEqual([]);
  });
});
