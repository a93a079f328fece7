// Every Bundle toFhir writes is valid FHIR R4: medplum on the Bundle and on each entry alone, every
// reference resolved inside the Bundle with its target type, every code in its value set or in the
// package's own code systems (checkFhir). On the example plans, the test fixture and generated plans.
import { readdirSync, readFileSync } from "node:fs";
import type { CodeSystem } from "@medplum/fhirtypes";
import fc from "fast-check";
import { FHIR_CODE_SYSTEMS, type FhirCodeSystem, fromFhir, IndividualPlanSchema, toFhir } from "samhandling";
import { describe, expect, it } from "vitest";
import { makePlan, makeRealisticPlanInput } from "../fixtures/individual-plan.js";
import { individualPlanArb } from "../property/individual-plan.arbitraries.js";
import { checkFhir } from "./_bundle-checks.js";
import { fhirIssues } from "./_medplum.js";

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 200), 100);
const codeSystems: CodeSystem[] = Object.values(FHIR_CODE_SYSTEMS).map((system: FhirCodeSystem) => ({
  ...system,
  concept: system.concept.map((c) => ({ code: c.code, display: c.display, designation: (c.designation ?? []).map((d) => ({ ...d })) })),
}));
const check = (value: unknown): string[] => checkFhir(value, { codeSystems }).map((p) => `${p.check} ${p.path}: ${p.message}`);

const dir = new URL("../../examples/data/", import.meta.url);
const examples = readdirSync(dir)
  .filter((name) => name.startsWith("individual-plan-") && name.endsWith(".json"))
  .map((name) => [name, IndividualPlanSchema.parse(JSON.parse(readFileSync(new URL(name, dir), "utf8")))] as const);

describe("toFhir", () => {
  it("finds the example plans", () => {
    expect(examples.map(([name]) => name)).toEqual([
      "individual-plan-minor.json",
      "individual-plan-problems.json",
      "individual-plan-sound.json",
      "individual-plan-turned-16.json",
    ]);
  });

  it.each([...examples, ["the test fixture", makePlan()] as const, ["the realistic plan", IndividualPlanSchema.parse(makeRealisticPlanInput(1))] as const])(
    "writes valid FHIR R4 for %s, and reads it back whole",
    (_name, plan) => {
      const bundle = toFhir(plan);
      expect(check(bundle)).toEqual([]);
      expect(fromFhir(bundle)).toEqual({ plan, findings: [] });
    },
  );

  it("writes valid FHIR R4 for any plan", () => {
    fc.assert(
      fc.property(individualPlanArb, (plan) => {
        expect(check(toFhir(plan))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("publishes code systems that are valid CodeSystem resources", () => {
    for (const system of codeSystems) expect(fhirIssues(system).filter((i) => i.severity !== "information")).toEqual([]);
  });

  it("catches an invalid export (the checks can fail)", () => {
    const bundle = toFhir(makePlan());
    const [carePlan, ...rest] = bundle.entry;
    const broken = { ...bundle, entry: [{ ...carePlan!, resource: { ...carePlan!.resource, status: "bogus", intent: undefined } }, ...rest] };
    expect(check(broken).length).toBeGreaterThan(0);
  });
});
