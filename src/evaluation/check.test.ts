import { describe, expect, it } from "vitest";
import { deepFreeze, makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "../../test/fixtures/evaluation.js";
import { checkEvaluation } from "./check.js";
import { validateEvaluation } from "./validate.js";

const plan = deepFreeze(makeEvaluatedPlan());

describe("checkEvaluation", () => {
  it("finds nothing in a sound evaluation", () => {
    expect(checkEvaluation(deepFreeze(makeEvaluation()), plan, { today: "2013-02-01" })).toEqual([]);
  });

  it("gives its messages in the locale asked for and honours per-code rules", () => {
    const evaluation = makeEvaluation([makeEvaluationRow({ rowId: "2" })]);
    const [nn] = checkEvaluation(evaluation, plan, { today: "2013-02-01", locale: "nn" });
    expect(nn?.code).toBe("evaluation/reached-not-done");
    expect(nn?.message).toContain("2");
    expect(checkEvaluation(evaluation, plan, { today: "2013-02-01", rules: { "evaluation/reached-not-done": "off" } })).toEqual([]);
  });

  it("refuses what is not an evaluation or not an action plan, and bad options", () => {
    expect(() => checkEvaluation({ kind: "action-plan" } as never, plan, { today: "2013-02-01" })).toThrow(/checkEvaluation: evaluation is not an evaluation/);
    expect(() => checkEvaluation(makeEvaluation(), { kind: "evaluation" } as never, { today: "2013-02-01" })).toThrow(/actionPlan is not an action plan/);
    expect(() => checkEvaluation(makeEvaluation(), plan, { today: "2013-02-30" })).toThrow(RangeError);
    expect(() => checkEvaluation(makeEvaluation(), plan, null as never)).toThrow(TypeError);
  });
});

describe("validateEvaluation", () => {
  it("turns schema problems into findings with paths", () => {
    const result = validateEvaluation({ kind: "evaluation", id: "e", actionPlanId: "plan-1", meeting: { date: "x", participants: [] }, rows: [] }, plan, {
      today: "2013-02-01",
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((finding) => finding.path)).toContainEqual(["meeting", "date"]);
  });

  it("accepts a sound evaluation and fails on an error finding", () => {
    expect(validateEvaluation(makeEvaluation(), plan, { today: "2013-02-01" }).ok).toBe(true);
    const unknown = validateEvaluation(makeEvaluation([makeEvaluationRow({ rowId: "x" })]), plan, { today: "2013-02-01" });
    expect(unknown.ok).toBe(false);
    expect(unknown.findings.map((finding) => finding.code)).toEqual(["evaluation/unknown-row"]);
  });

  it("never throws on any input", () => {
    for (const input of [null, 1, "x", [], {}, { kind: "evaluation", rows: [null] }]) {
      expect(validateEvaluation(input, plan, { today: "2013-02-01" }).ok).toBe(false);
    }
  });
});
