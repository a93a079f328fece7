import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../../test/fixtures/evaluation.js";
import { duplicateRowRule } from "./duplicate-row.js";
import { fired } from "./_fired.js";

const CODE = "evaluation/duplicate-row";

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(duplicateRowRule.codes)).toEqual([CODE]);
  });

  it("fires on the second and later entries of a row", () => {
    const rows = [makeEvaluationRow(), makeEvaluationRow({ rowId: "2" }), makeEvaluationRow(), makeEvaluationRow()];
    expect(fired(CODE, deepFreeze(makeEvaluation(rows)), makeEvaluatedPlan())).toEqual([
      [["rows", 2, "rowId"], { row: "1" }],
      [["rows", 3, "rowId"], { row: "1" }],
    ]);
  });

  it("does not fire when each row is evaluated once", () => {
    expect(fired(CODE, makeEvaluation(), makeEvaluatedPlan())).toEqual([]);
  });
});
