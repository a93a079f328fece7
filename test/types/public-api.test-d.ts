import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type CheckOptions,
  type Deadline,
  DeadlineSchema,
  type Finding,
  type FindingCode,
  type NationalId,
  type ParseDeadlineFailure,
  NationalIdSchema,
  type Validation,
  type ActionPlan,
  type IndividualPlan,
  type MappingResponse,
  type MilestoneSchedule,
  type MunicipalReport,
  checkIndividualPlan,
  deadlineEnd,
  validateActionPlan,
  validateIndividualPlan,
  validateMappingResponse,
  validateMilestoneSchedule,
  validateMunicipalReport,
  findingCatalog,
  parseDeadline,
} from "samhandling";

describe("public types", () => {
  it("derives FindingCode from the catalog's keys", () => {
    expectTypeOf<FindingCode>().toEqualTypeOf<keyof typeof findingCatalog>();
    expectTypeOf<"schema/invalid-type">().toExtend<FindingCode>();
    expectTypeOf<"plan/not-a-code">().not.toExtend<FindingCode>();
  });

  it("keeps DeadlineSchema and the Deadline type in step", () => {
    expectTypeOf<z.output<typeof DeadlineSchema>>().toExtend<Deadline>();
  });

  it("takes only one-off deadlines in deadlineEnd", () => {
    expectTypeOf<Deadline>().not.toExtend<Parameters<typeof deadlineEnd>[0]>();
    expectTypeOf(deadlineEnd).returns.toEqualTypeOf<string>();
  });

  it("narrows parse results on ok", () => {
    const result = parseDeadline("mars 2012");
    if (result.ok) expectTypeOf(result.deadline).toEqualTypeOf<Deadline>();
    else expectTypeOf(result.reason).toEqualTypeOf<ParseDeadlineFailure>();
  });

  it("gives a value only on a successful validation", () => {
    const check = (v: Validation<number>): void => {
      if (v.ok) expectTypeOf(v.value).toEqualTypeOf<number>();
      else expectTypeOf(v).toEqualTypeOf<{ readonly ok: false; readonly findings: readonly Finding[] }>();
      expectTypeOf(v.findings).toEqualTypeOf<readonly Finding[]>();
    };
    expectTypeOf(check).toBeFunction();
  });

  it("brands national ids so a plain string is not one", () => {
    expectTypeOf<string>().not.toExtend<NationalId>();
    expectTypeOf<z.output<typeof NationalIdSchema>>().toEqualTypeOf<NationalId>();
  });

  it("requires today in check options and only known locales", () => {
    expectTypeOf<{ locale: "nb" }>().not.toExtend<CheckOptions>();
    expectTypeOf<{ today: "2026-11-24"; locale: "sv" }>().not.toExtend<CheckOptions>();
    expectTypeOf<{ today: Date }>().toExtend<CheckOptions>();
  });

  it("gives every concept's validator a Validation of its own document type", () => {
    expectTypeOf(validateIndividualPlan).returns.toEqualTypeOf<Validation<IndividualPlan>>();
    expectTypeOf(validateActionPlan).returns.toEqualTypeOf<Validation<ActionPlan>>();
    expectTypeOf(validateMilestoneSchedule).returns.toEqualTypeOf<Validation<MilestoneSchedule>>();
    expectTypeOf(validateMappingResponse).returns.toEqualTypeOf<Validation<MappingResponse>>();
    expectTypeOf(validateMunicipalReport).returns.toEqualTypeOf<Validation<MunicipalReport>>();
    expectTypeOf(validateIndividualPlan).parameter(0).toEqualTypeOf<unknown>();
  });

  it("tells documents apart by their literal kind", () => {
    expectTypeOf<IndividualPlan["kind"]>().toEqualTypeOf<"individual-plan">();
    expectTypeOf<ActionPlan["kind"]>().toEqualTypeOf<"action-plan">();
    expectTypeOf<MilestoneSchedule["kind"]>().toEqualTypeOf<"milestone-schedule">();
    expectTypeOf<MappingResponse["kind"]>().toEqualTypeOf<"mapping-response">();
    expectTypeOf<MunicipalReport["kind"]>().toEqualTypeOf<"municipal-report">();
  });

  it("returns findings from checks and accepts only catalog codes in rules", () => {
    expectTypeOf(checkIndividualPlan).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf<{ today: "2026-11-24"; rules: { "plan/no-goals": "off" } }>().toExtend<CheckOptions>();
    expectTypeOf<{ today: "2026-11-24"; rules: { "plan/no-such-rule": "off" } }>().not.toExtend<CheckOptions>();
    expectTypeOf<{ today: "2026-11-24"; rules: { "schema/invalid": "off" } }>().not.toExtend<CheckOptions>();
  });
});
