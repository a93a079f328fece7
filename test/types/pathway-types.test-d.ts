import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  PathwayCase,
  PathwayCaseInput,
  PathwayCaseSchema,
  PathwayCaseStatus,
  PathwayCaseStatusSchema,
  PathwayChild,
  PathwayChildSchema,
  PathwayDeadline,
  PathwayDeadlineSchema,
  PathwayDefinition,
  PathwayDefinitionSchema,
  PathwayLabel,
  PathwayLabelSchema,
  PathwayResponsible,
  PathwayResponsibleSchema,
  PathwayRole,
  PathwayRoleSchema,
  PathwayStep,
  PathwayStepConsent,
  PathwayStepConsentSchema,
  PathwayStepRecord,
  PathwayStepRecordSchema,
  PathwayStepSchema,
  PathwayStepType,
  PathwayStepTypeSchema,
} from "../../src/index.js";

describe("the pathway's named types", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<PathwayRole>().toEqualTypeOf<z.output<typeof PathwayRoleSchema>>();
    expectTypeOf<PathwayStepType>().toEqualTypeOf<z.output<typeof PathwayStepTypeSchema>>();
    expectTypeOf<PathwayDeadline>().toEqualTypeOf<z.output<typeof PathwayDeadlineSchema>>();
    expectTypeOf<PathwayLabel>().toEqualTypeOf<z.output<typeof PathwayLabelSchema>>();
    expectTypeOf<PathwayStep>().toEqualTypeOf<z.output<typeof PathwayStepSchema>>();
    expectTypeOf<PathwayDefinition>().toEqualTypeOf<z.output<typeof PathwayDefinitionSchema>>();
    expectTypeOf<PathwayChild>().toEqualTypeOf<z.output<typeof PathwayChildSchema>>();
    expectTypeOf<PathwayStepConsent>().toEqualTypeOf<z.output<typeof PathwayStepConsentSchema>>();
    expectTypeOf<PathwayStepRecord>().toEqualTypeOf<z.output<typeof PathwayStepRecordSchema>>();
    expectTypeOf<PathwayResponsible>().toEqualTypeOf<z.output<typeof PathwayResponsibleSchema>>();
    expectTypeOf<PathwayCaseStatus>().toEqualTypeOf<z.output<typeof PathwayCaseStatusSchema>>();
    expectTypeOf<PathwayCase>().toEqualTypeOf<z.output<typeof PathwayCaseSchema>>();
  });

  it("take the child's national id as a plain string on input", () => {
    expectTypeOf<PathwayCaseInput>().toEqualTypeOf<z.input<typeof PathwayCaseSchema>>();
  });
});
