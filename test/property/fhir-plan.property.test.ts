// toFhir and fromFhir over generated plans: every field of the model comes back, and the import
// reports nothing on what the export wrote.
import fc from "fast-check";
import { fromFhir, IndividualPlanSchema, toFhir } from "samhandling";
import { describe, expect, it } from "vitest";
import { makePlan } from "../fixtures/individual-plan.js";
import { mutate, mutation } from "./_mutate.js";
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

describe("fromFhir on bad input", () => {
  const bundle = toFhir(makePlan());
  const holds = (input: unknown): void => {
    const result = fromFhir(input);
    if (result.plan !== undefined) expect(IndividualPlanSchema.safeParse(result.plan).success).toBe(true);
    for (const finding of result.findings) expect(finding.code).toMatch(/^(fhir|schema)\//);
  };

  it("never throws on a Bundle one or two mutations away, and any plan it gives passes the schema", () => {
    fc.assert(
      fc.property(mutation, fc.option(mutation, { nil: undefined }), (first, second) => {
        const once = mutate(bundle, first);
        holds(second === undefined ? once : mutate(once, second));
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on any JSON", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), holds), { numRuns: Math.max(20, Math.floor(RUNS / 4)) });
  });
});
