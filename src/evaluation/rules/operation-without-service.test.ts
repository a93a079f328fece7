import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { operationWithoutServiceRule } from "./operation-without-service.js";

const CODE = "evaluation/operation-without-service";
const uncarried = deepFreeze(makeEvaluatedPlan({ carriedBy: [] }));
const rows = [makeEvaluationRow({ carriedBy: undefined }), makeEvaluationRow({ rowId: "2", carriedBy: " " }), makeEvaluationRow({ intoOperation: false, carriedBy: undefined })];

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(operationWithoutServiceRule.codes)).toEqual([CODE]);
  });

  it("fires on a measure going into operation that neither the row nor the plan has a service for", () => {
    expect(fired(CODE, deepFreeze(makeEvaluation(rows)), uncarried)).toEqual([
      [["rows", 0, "carriedBy"], { row: "1" }],
      [["rows", 1, "carriedBy"], { row: "2" }],
    ]);
  });

  it("does not fire when the plan names the services that carry its measures", () => {
    expect(fired(CODE, makeEvaluation(rows), makeEvaluatedPlan())).toEqual([]);
  });

  it("does not fire when the row names its service", () => {
    expect(fired(CODE, makeEvaluation(), uncarried)).toEqual([]);
  });
});
