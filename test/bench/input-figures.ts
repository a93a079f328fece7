// Figures that describe the bench's own inputs, so a ratio can be read against what was fed in.
import * as z from "zod";
import { IndividualPlanSchema, validateIndividualPlan } from "../../src/index.js";
import type { Figure } from "./_figure.js";
import { REALISTIC_PLAN_TEXT, realisticPlanValue, TODAY } from "./_realistic-plan.js";
import { fhirEquivalent } from "./fhir-equivalent.js";

/**
 * Sizes and counts of the realistic plan, its FHIR equivalent and its JSON Schema.
 *
 * @returns The figures, no targets.
 *
 * @example
 * (await inputFigures()).map((figure) => figure.unit)
 * //=> ["B", "findings", "B", "resources", "B"]
 */
export async function inputFigures(): Promise<readonly Figure[]> {
  const result = validateIndividualPlan(realisticPlanValue, { today: TODAY });
  const bundle = fhirEquivalent(IndividualPlanSchema.parse(realisticPlanValue));
  const jsonSchema = z.toJSONSchema(IndividualPlanSchema, { io: "input" });
  return [
    {
      name: "realistic plan, compact JSON",
      value: Buffer.byteLength(REALISTIC_PLAN_TEXT),
      unit: "B",
      note: "10 goals, 30 measures, 8 participants, 3 consents, 12 meetings",
    },
    { name: "findings on the realistic plan", value: result.findings.length, unit: "findings", note: `today ${TODAY}` },
    { name: "FHIR equivalent, compact JSON", value: Buffer.byteLength(JSON.stringify(bundle)), unit: "B", note: "collection Bundle" },
    { name: "FHIR equivalent, resources", value: bundle.entry?.length ?? 0, unit: "resources", note: "Patient, CareTeam, CarePlan, Goals, Consents" },
    { name: "z.toJSONSchema(IndividualPlanSchema), compact JSON", value: Buffer.byteLength(JSON.stringify(jsonSchema)), unit: "B", note: 'io "input"' },
  ];
}
