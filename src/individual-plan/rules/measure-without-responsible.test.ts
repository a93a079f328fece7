import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/measure-without-responsible";
const nobody = [makeMeasure({ id: "m-1", responsibleId: undefined })];

describe(CODE, () => {
  it("fires on an open measure with no one responsible", () => {
    expect(found(check(makePlan({ measures: nobody })), CODE)).toEqual([[CODE, ["measures", 0, "responsibleId"]]]);
  });

  it("stays silent when someone is responsible, or the measure is done", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
    const done = [makeMeasure({ id: "m-1", responsibleId: undefined, status: "done", doneOn: "2025-09-01" })];
    expect(found(check(makePlan({ measures: done })), CODE)).toEqual([]);
  });

  it("runs on active plans only", () => {
    expect(found(check(makePlan({ status: "draft", measures: nobody })), CODE)).toEqual([]);
    expect(found(check(makePlan({ ...CLOSED, measures: nobody })), CODE)).toEqual([]);
  });
});
