import { describe, expect, it } from "vitest";
import { check, CLOSED, found, makeGoal, makeMeasure, makePlan } from "../../../test/fixtures/individual-plan.js";

const CODE = "plan/unknown-reference";
const goals = [makeGoal({ id: "g-1", expressedById: "p-nobody" }), makeGoal({ id: "g-2" })];
const measures = [makeMeasure({ id: "m-1", goalIds: ["g-1", "g-9"] })];

describe(CODE, () => {
  it("fires on an id that names no participant or goal, at the id", () => {
    expect(found(check(makePlan({ goals, measures })), CODE)).toEqual([
      [CODE, ["goals", 0, "expressedById"]],
      [CODE, ["measures", 0, "goalIds", 1]],
    ]);
  });

  it("names the id it could not resolve, in the message and in params.id", () => {
    const findings = check(makePlan({ goals, measures }), { locale: "en" }).filter((f) => f.code === CODE);
    expect(findings.map((f) => [f.params, f.message])).toEqual([
      [{ id: "p-nobody" }, "The id p-nobody does not refer to anything in the plan"],
      [{ id: "g-9" }, "The id g-9 does not refer to anything in the plan"],
    ]);
  });

  it("writes … for a value that could be a national id or free text", () => {
    const odd = [makeMeasure({ id: "m-1", goalIds: ["g-1", "150580 12345", "see the plan from last year"] })];
    const findings = check(makePlan({ goals: [makeGoal({ id: "g-1" })], measures: odd })).filter((f) => f.code === CODE);
    expect(findings.map((f) => f.params)).toEqual([{ id: "…" }, { id: "…" }]);
    expect(findings.map((f) => f.message).join(" ")).not.toMatch(/\d{6}|last year/);
  });

  it("stays silent when every id names a part of the plan", () => {
    expect(found(check(makePlan()), CODE)).toEqual([]);
  });

  it("runs on every status", () => {
    expect(found(check(makePlan({ status: "draft", goals, measures })), CODE)).toHaveLength(2);
    expect(found(check(makePlan({ ...CLOSED, goals, measures })), CODE)).toHaveLength(2);
  });
});
