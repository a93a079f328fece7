import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type DevelopmentAreaDecision,
  DevelopmentAreaDecisionSchema,
  type DevelopmentProject,
  DevelopmentProjectSchema,
  type Evaluation,
  type EvaluationMeeting,
  EvaluationMeetingSchema,
  type EvaluationParticipant,
  EvaluationParticipantSchema,
  type EvaluationResult,
  EvaluationResultSchema,
  type EvaluationRow,
  EvaluationRowSchema,
  EvaluationSchema,
} from "samhandling";

describe("named types: evaluations", () => {
  it("equal their schemas' output", () => {
    expectTypeOf<Evaluation>().toEqualTypeOf<z.output<typeof EvaluationSchema>>();
    expectTypeOf<EvaluationMeeting>().toEqualTypeOf<z.output<typeof EvaluationMeetingSchema>>();
    expectTypeOf<EvaluationParticipant>().toEqualTypeOf<z.output<typeof EvaluationParticipantSchema>>();
    expectTypeOf<EvaluationResult>().toEqualTypeOf<z.output<typeof EvaluationResultSchema>>();
    expectTypeOf<EvaluationRow>().toEqualTypeOf<z.output<typeof EvaluationRowSchema>>();
  });

  it("equal their schemas' input", () => {
    expectTypeOf<Evaluation>().toEqualTypeOf<z.input<typeof EvaluationSchema>>();
    expectTypeOf<EvaluationMeeting>().toEqualTypeOf<z.input<typeof EvaluationMeetingSchema>>();
    expectTypeOf<EvaluationRow>().toEqualTypeOf<z.input<typeof EvaluationRowSchema>>();
  });
});

describe("named types: development projects", () => {
  it("equal their schemas' output and input", () => {
    expectTypeOf<DevelopmentProject>().toEqualTypeOf<z.output<typeof DevelopmentProjectSchema>>();
    expectTypeOf<DevelopmentAreaDecision>().toEqualTypeOf<z.output<typeof DevelopmentAreaDecisionSchema>>();
    expectTypeOf<DevelopmentProject>().toEqualTypeOf<z.input<typeof DevelopmentProjectSchema>>();
  });
});
