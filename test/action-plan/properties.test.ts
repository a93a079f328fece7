import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ActionPlan, type ActionPlanRow, ActionPlanSchema, checkActionPlan, type Deadline, validateActionPlan } from "samhandling";
import { deepFreeze, makeActionPlan, mutateJson, readSampleData } from "../fixtures/action-plan.js";

const pad = (value: number): string => String(value).padStart(2, "0");
const day = fc
  .tuple(fc.integer({ min: 2010, max: 2016 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const month = fc.tuple(fc.integer({ min: 2010, max: 2016 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`);

const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  day.map((date) => ({ kind: "date", date }) as const),
  month.map((m) => ({ kind: "month", month: m }) as const),
  fc.integer({ min: 2010, max: 2016 }).map((year) => ({ kind: "year", year }) as const),
  fc.tuple(month, month).map(([a, b]) => ({ kind: "range", from: { kind: "month", month: a < b ? a : b }, to: { kind: "month", month: a < b ? b : a } }) as const),
  fc.integer({ min: 1, max: 12 }).map((times) => ({ kind: "recurrence", frequency: "times-per-year", times }) as const),
  fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map((r) => ({ kind: "recurrence", frequency: "yearly-by", ...r }) as const),
  fc.integer({ min: 4, max: 26 }).map((interval) => ({ kind: "recurrence", frequency: "every", interval, unit: "week" }) as const),
);

const row: fc.Arbitrary<ActionPlanRow> = fc.record(
  {
    id: fc.constantFrom("1", "2", "3", "4"),
    measure: fc.constantFrom("Kartlegging", "Rutiner", "Opplæring"),
    goal: fc.constantFrom("", "  ", "Lik rutine"),
    activities: fc.array(fc.constantFrom("Lage rutiner", "Møte"), { maxLength: 2 }),
    deadline,
    deadlineText: fc.constant("som skrive"),
    responsible: fc.constantFrom("", "Prosjektgruppa"),
    status: fc.constantFrom("done", "in-progress", "planned", "not-started", "postponed", "cancelled"),
    doneOn: day,
    carriedOut: fc.array(day, { maxLength: 4 }),
  },
  { requiredKeys: ["id", "measure", "activities", "status"] },
);

const plan: fc.Arbitrary<ActionPlan> = fc
  .record(
    {
      rows: fc.array(row, { maxLength: 6 }),
      hasWorkingGroup: fc.boolean(),
      anchoredInServicePlans: fc.boolean(),
      carriedBy: fc.array(fc.constant("Koordinerande eining"), { maxLength: 1 }),
      signed: day.map((on) => ({ by: "Leiar i koordinerande eining", on })),
    },
    { requiredKeys: ["rows"] },
  )
  .map(({ rows, ...header }) => {
    const { hasWorkingGroup: _h, anchoredInServicePlans: _a, carriedBy: _c, signed: _s, ...base } = makeActionPlan(rows);
    return { ...base, ...header };
  });

const seed = readSampleData("stranda-action-plan-2012.json");
const TODAY = "2013-06-01";

describe("validateActionPlan (properties)", () => {
  it("never throws on arbitrary JSON and never accepts it as a plan by accident", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateActionPlan(deepFreeze(input), { today: TODAY });
        expect(result.ok).toBe(false);
      }),
    );
  });

  it("never throws on a mutated valid plan, and never changes the frozen input", () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (pick, replacement, remove) => {
        const input = deepFreeze(mutateJson(seed, pick, replacement, remove));
        const before = JSON.stringify(input);
        const result = validateActionPlan(input, { today: TODAY, locale: "nn" });
        expect(Array.isArray(result.findings)).toBe(true);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("on any schema-valid plan gives exactly the findings of checkActionPlan, without throwing or mutating", () => {
    fc.assert(
      fc.property(plan, day, (generated, today) => {
        const input = deepFreeze(generated);
        const before = JSON.stringify(input);
        expect(ActionPlanSchema.safeParse(input).success).toBe(true);
        const result = validateActionPlan(input, { today });
        expect(result.findings).toEqual(checkActionPlan(input, { today }));
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a finding's params to ids, dates and counts", () => {
    fc.assert(
      fc.property(plan, day, (generated, today) => {
        for (const finding of checkActionPlan(generated, { today })) {
          for (const value of Object.values(finding.params ?? {})) {
            expect(typeof value === "number" || /^(\d{4}-\d{2}-\d{2}|[1-4]|[a-zA-Z]+)$/.test(value)).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
