// ajv (draft 2020-12, strict, with ajv-formats) on the emitted schemas, and the documents to try.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { coordinatingUnitMappingForm, type DocumentJsonSchema, documentJsonSchema } from "samhandling";
import type * as z from "zod";
import { DOCUMENT_KINDS, type DocumentKindName, isDocumentKind } from "../../src/documents/kinds.js";
import { kindSource } from "../../src/json-schema/kinds.js";
import { makeActionPlan, makeLargeActionPlan, strandaActionPlan } from "../fixtures/action-plan.js";
import { makeCase, makeNewCase } from "../fixtures/coordination-case.js";
import { makePathwayCase } from "../fixtures/pathway.js";
import { makeDevelopmentProject } from "../fixtures/development-project.js";
import { makeEvaluation, makeEvaluationRow } from "../fixtures/evaluation.js";
import { CLOSED, makePlan, makeRealisticPlanInput } from "../fixtures/individual-plan.js";
import { makeResponse, makeTinyQuestionnaire, readMappingResponses } from "../fixtures/mapping.js";
import { makeLargeSchedule, seedMilestoneSchedule } from "../fixtures/milestones.js";
import { anyYearReport, makeMunicipalReport, soundReport } from "../fixtures/reporting.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const compiled = new Map<DocumentKindName, ValidateFunction>();

/** The emitted schema of each kind, made once for the tests. */
export const schemas: ReadonlyMap<DocumentKindName, DocumentJsonSchema> = new Map(DOCUMENT_KINDS.map((kind) => [kind, documentJsonSchema(kind)]));

/** ajv's validator of a kind's emitted schema. */
export function ajvFor(kind: DocumentKindName): ValidateFunction {
  const made = compiled.get(kind);
  if (made !== undefined) return made;
  const schema = schemas.get(kind);
  if (schema === undefined) throw new Error(`no schema for ${kind}`);
  const validate = ajv.compile(schema);
  compiled.set(kind, validate);
  return validate;
}

/** The zod schema a kind's JSON Schema is generated from. */
export const zodFor = (kind: DocumentKindName): z.core.$ZodType => kindSource(kind).schema;

/** A value as it arrives as JSON: no `undefined`, no holes, no prototypes. */
export const asJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** One document to try, where it comes from, and its kind. */
export interface Sample {
  readonly source: string;
  readonly kind: DocumentKindName;
  readonly document: unknown;
}

const dataDir = fileURLToPath(new URL("../../examples/data/", import.meta.url));

/** Every document in examples/data/*.json, those inside arrays one by one. */
export function exampleDocuments(): Sample[] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const data: unknown = JSON.parse(readFileSync(`${dataDir}${name}`, "utf8"));
      const documents: unknown[] = Array.isArray(data) ? data : [data];
      return documents.map((document, index): Sample => {
        const kind: unknown = typeof document === "object" && document !== null ? Reflect.get(document, "kind") : undefined;
        if (!isDocumentKind(kind)) throw new Error(`examples/data/${name}[${index}] has no known kind`);
        return { source: Array.isArray(data) ? `${name}[${index}]` : name, kind, document: asJson(document) };
      });
    });
}

/** The documents the fixtures in test/fixtures/ build, and the built-in mapping form. */
export function fixtureDocuments(): Sample[] {
  const sample = (source: string, kind: DocumentKindName, document: unknown): Sample => ({ source, kind, document: asJson(document) });
  return [
    sample("makePlan()", "individual-plan", makePlan()),
    sample("makePlan(CLOSED)", "individual-plan", makePlan(CLOSED)),
    sample("makeRealisticPlanInput(2)", "individual-plan", makeRealisticPlanInput(2)),
    sample("makeCase()", "coordination-case", makeCase()),
    sample("makeNewCase()", "coordination-case", makeNewCase()),
    sample("makePathwayCase()", "pathway-case", makePathwayCase()),
    sample("strandaActionPlan()", "action-plan", strandaActionPlan()),
    sample("makeActionPlan()", "action-plan", makeActionPlan()),
    sample("makeLargeActionPlan(40)", "action-plan", makeLargeActionPlan(40)),
    sample("makeEvaluation()", "evaluation", makeEvaluation()),
    sample("makeEvaluation(goal changed)", "evaluation", makeEvaluation([makeEvaluationRow({ goalChanged: true, goalChangeReason: "Endra retning" })])),
    sample("makeDevelopmentProject()", "development-project", makeDevelopmentProject()),
    sample("seedMilestoneSchedule()", "milestone-schedule", seedMilestoneSchedule()),
    sample("makeLargeSchedule(40)", "milestone-schedule", makeLargeSchedule(40)),
    sample("makeTinyQuestionnaire()", "questionnaire", makeTinyQuestionnaire()),
    sample("coordinatingUnitMappingForm", "questionnaire", coordinatingUnitMappingForm),
    sample("makeResponse()", "mapping-response", makeResponse()),
    ...readMappingResponses().map((response, i) => sample(`readMappingResponses()[${i}]`, "mapping-response", response)),
    sample("makeMunicipalReport()", "municipal-report", makeMunicipalReport()),
    ...fc.sample(soundReport, { numRuns: 10, seed: 11 }).map((report, i) => sample(`soundReport #${i}`, "municipal-report", report)),
    ...fc.sample(anyYearReport, { numRuns: 10, seed: 11 }).map((report, i) => sample(`anyYearReport #${i}`, "municipal-report", report)),
  ];
}

/** ajv's validator of one of a kind's `$defs`, e.g. `NationalId`. */
export function ajvForDef(kind: DocumentKindName, name: string): ValidateFunction {
  ajvFor(kind);
  const validate = ajv.getSchema(`${schemas.get(kind)?.$id ?? ""}#/$defs/${name}`);
  if (validate === undefined) throw new Error(`no $defs/${name} in the ${kind} schema`);
  return validate;
}
