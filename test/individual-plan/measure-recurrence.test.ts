import { describe, expect, it } from "vitest";
import { parseDeadline, type PlanMeasure, summarizePlan } from "../../src/index.js";
import { check, found, makeMeasure, makePlan, TODAY } from "../fixtures/individual-plan.js";

function recurrence(text: string): PlanMeasure["deadline"] {
  const result = parseDeadline(text);
  if (!result.ok) throw new Error(`cannot read ${text}`);
  return result.deadline;
}

// Weekly, yearly ("innen 1. mai hvert år") and twice-yearly measures that were never carried out.
const measures = [
  makeMeasure({ id: "m-week", deadline: recurrence("hver uke") }),
  makeMeasure({ id: "m-may", deadline: recurrence("innen 1. mai hvert år") }),
  makeMeasure({ id: "m-half", deadline: recurrence("to ganger i året") }),
];
const overdueIds = (plan: ReturnType<typeof makePlan>, today = TODAY): string[] =>
  check(plan, { today }).filter((f) => f.code === "plan/measure-overdue").map((f) => String(f.params?.["measureId"]));

describe("checkIndividualPlan: recurring measures count from the plan's start", () => {
  it("finds nothing overdue in a plan activated today", () => {
    const plan = makePlan({ createdOn: "2025-09-01", activatedOn: TODAY, measures });
    expect(found(check(plan), "plan/measure-overdue")).toEqual([]);
    expect(summarizePlan(plan, { today: TODAY }).measures.overdue).toBe(0);
  });

  it("finds each overdue in a plan activated long ago", () => {
    const plan = makePlan({ activatedOn: "2024-01-15", measures });
    expect(overdueIds(plan)).toEqual(["m-week", "m-may", "m-half"]);
    expect(summarizePlan(plan, { today: TODAY }).measures.overdue).toBe(3);
  });

  it("counts a period that ends on the start day, not one that ended the day before", () => {
    // The first half-year ends 2025-06-30; the yearly period ends 2025-05-01.
    expect(overdueIds(makePlan({ activatedOn: "2025-06-30", measures }))).toEqual(["m-week", "m-half"]);
    expect(overdueIds(makePlan({ activatedOn: "2025-07-01", measures }))).toEqual(["m-week"]);
  });

  it("counts from the plan's creation when it has no activation date", () => {
    expect(overdueIds(makePlan({ createdOn: TODAY, activatedOn: undefined, measures }))).toEqual([]);
    expect(overdueIds(makePlan({ createdOn: "2024-01-15", activatedOn: undefined, measures }))).toEqual(["m-week", "m-may", "m-half"]);
  });

  it("counts from a measure's own start when it starts later than the plan", () => {
    const late = measures.map((m) => ({ ...m, startOn: TODAY }));
    expect(overdueIds(makePlan({ activatedOn: "2024-01-15", measures: late }))).toEqual([]);
  });
});
