// The compiled schemas (zod's `z.compile`, used by every validateX and by the door of every checkX)
// agree with the ordinary parser: the same verdict, the same parsed value and the same issues, on
// valid documents, on near-valid ones (one mutation away) and on any JSON.
// PROPERTY_RUNS sets the runs per property (200 by default); capped at 3 000 here, since one run of the
// realistic plan parses 10 kB twice: at 10 000 runs this file alone would add about 8 minutes to CI.
import fc from "fast-check";
import {
  ActionPlanSchema,
  DevelopmentProjectSchema,
  EvaluationSchema,
  CoordinationCaseSchema,
  PathwayCaseSchema,
  IndividualPlanSchema,
  MappingResponseSchema,
  MilestoneScheduleSchema,
  MunicipalReportSchema,
  QuestionnaireSchema,
} from "samhandling";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { compiledSchema } from "../../src/_lib/compiled.js";
import { strandaActionPlan } from "../fixtures/action-plan.js";
import { makeCase } from "../fixtures/coordination-case.js";
import { makePathwayCase } from "../fixtures/pathway.js";
import { makeDevelopmentProject } from "../fixtures/development-project.js";
import { makeEvaluation } from "../fixtures/evaluation.js";
import { makeRealisticPlanInput } from "../fixtures/individual-plan.js";
import { makeResponse, makeTinyQuestionnaire } from "../fixtures/mapping.js";
import { seedMilestoneSchedule } from "../fixtures/milestones.js";
import { makeMunicipalReport } from "../fixtures/reporting.js";
import { mutate, mutation } from "./_mutate.js";

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 200), 3000);

const kinds: ReadonlyArray<readonly [string, z.ZodType, unknown]> = [
  ["individual plan", IndividualPlanSchema, makeRealisticPlanInput(1)],
  ["action plan", ActionPlanSchema, strandaActionPlan()],
  ["milestone schedule", MilestoneScheduleSchema, seedMilestoneSchedule()],
  ["questionnaire", QuestionnaireSchema, makeTinyQuestionnaire()],
  ["mapping response", MappingResponseSchema, makeResponse()],
  ["municipal report", MunicipalReportSchema, makeMunicipalReport()],
  ["coordination case", CoordinationCaseSchema, makeCase()],
  ["pathway case", PathwayCaseSchema, makePathwayCase()],
  ["evaluation", EvaluationSchema, makeEvaluation()],
  ["development project", DevelopmentProjectSchema, makeDevelopmentProject()],
];

function expectAgreement(schema: z.ZodType, input: unknown): void {
  const ordinary = schema.safeParse(input);
  const compiled = compiledSchema(schema).safeParse(input);
  expect(compiled.success).toBe(ordinary.success);
  if (ordinary.success && compiled.success) expect(compiled.data).toEqual(ordinary.data);
  if (!ordinary.success && !compiled.success) expect(compiled.error.issues).toEqual(ordinary.error.issues);
}

describe.each(kinds)("the compiled %s schema", (_name, schema, valid) => {
  it("is compiled (not the ordinary schema handed back)", () => {
    expect(compiledSchema(schema)).not.toBe(schema);
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it("agrees with the ordinary parser on the valid document and one mutation away from it", () => {
    expectAgreement(schema, valid);
    fc.assert(
      fc.property(mutation, fc.option(mutation, { nil: undefined }), (first, second) => {
        const once = mutate(valid, first);
        expectAgreement(schema, second === undefined ? once : mutate(once, second));
      }),
      { numRuns: RUNS },
    );
  });

  it("agrees with the ordinary parser on any JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (input) => expectAgreement(schema, input)),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });
});
