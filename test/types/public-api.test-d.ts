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
  deadlineEnd,
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
});
