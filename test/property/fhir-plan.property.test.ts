// toFhir and fromFhir over generated plans: every field of the model comes back, and the import
// reports nothing on what the export wrote.
import fc from "fast-check";
import { fromFhir, toFhir } from "samhandling";
import { describe, expect, it } from "vitest";
import { individualPlanArb } from "./individual-plan.arbitraries.js";

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 200), 1000);

describe("fromFhir(toFhir(plan))", () => {
  it("gives back every field of any plan, with no findings", () => {
    fc.assert(
      fc.property(individualPlanArb, (plan) => {
        const { plan: back, findings } = fromFhir(toFhir(plan));
        expect(findings).toEqual([]);
        expect(back).toEqual(plan);
      }),
      { numRuns: RUNS },
    );
  });

  it("writes the same Bundle for the same plan", () => {
    fc.assert(
      fc.property(individualPlanArb, (plan) => {
        expect(toFhir(structuredClone(plan))).toEqual(toFhir(plan));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });
});
