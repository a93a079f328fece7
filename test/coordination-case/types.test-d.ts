import { describe, expectTypeOf, it } from "vitest";
import {
  type CaseStep,
  checkCoordinationCase,
  type CoordinationCase,
  type Finding,
  type FindingCode,
  listOpenCases,
  type OpenCaseItem,
  type Validation,
  validateCoordinationCase,
} from "samhandling";

describe("coordination-case types", () => {
  it("gives validateCoordinationCase a Validation of a CoordinationCase from unknown input", () => {
    expectTypeOf(validateCoordinationCase).returns.toEqualTypeOf<Validation<CoordinationCase>>();
    expectTypeOf(validateCoordinationCase).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(checkCoordinationCase).returns.toEqualTypeOf<Finding[]>();
  });

  it("puts the case codes among the finding codes", () => {
    expectTypeOf<"case/notice-not-followed-up">().toExtend<FindingCode>();
    expectTypeOf<"case/not-a-code">().not.toExtend<FindingCode>();
  });

  it("types the work list's steps", () => {
    expectTypeOf(listOpenCases).returns.toEqualTypeOf<OpenCaseItem[]>();
    expectTypeOf<OpenCaseItem["step"]>().toEqualTypeOf<CaseStep>();
    expectTypeOf<"make-plan">().toExtend<CaseStep>();
    expectTypeOf<"call-user">().not.toExtend<CaseStep>();
  });

  it("tells the document apart by its literal kind and takes only known time limits", () => {
    expectTypeOf<CoordinationCase["kind"]>().toEqualTypeOf<"coordination-case">();
    expectTypeOf<{ today: "2025-10-01"; followUpDays: "14" }>().not.toExtend<Parameters<typeof checkCoordinationCase>[1]>();
  });
});
