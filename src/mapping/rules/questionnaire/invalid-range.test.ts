import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyQuestionnaireWith } from "../../../../test/fixtures/mapping.js";
import { indexQuestionnaire } from "../../_items.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import { invalidRangeRule } from "./invalid-range.js";

const run = (questionnaire: Questionnaire) =>
  invalidRangeRule.run(deepFreeze(questionnaire), { index: indexQuestionnaire(questionnaire) }).map((finding) => [finding.code, finding.path]);

const staff = (min: number, max: number) => makeTinyQuestionnaireWith("staff", (item): QuestionnaireItem => (item.type === "integer" ? { ...item, min, max } : item));
const since = (min: string, max: string) => makeTinyQuestionnaireWith("ke-since", (item): QuestionnaireItem => (item.type === "date" ? { ...item, min, max } : item));

describe("invalidRangeRule", () => {
  it("declares questionnaire/invalid-range", () => {
    expect(Object.keys(invalidRangeRule.codes)).toEqual(["questionnaire/invalid-range"]);
  });

  it("fires when min is above max, for numbers and for dates", () => {
    expect(run(staff(11, 10))).toEqual([["questionnaire/invalid-range", ["sections", 0, "items", 3, "min"]]]);
    expect(run(since("2012-01-02", "2012-01-01"))).toEqual([["questionnaire/invalid-range", ["sections", 0, "items", 1, "min"]]]);
  });

  it("does not fire when min equals max, or on the fixture's ranges", () => {
    expect(run(staff(10, 10))).toEqual([]);
    expect(run(since("2012-01-01", "2012-01-01"))).toEqual([]);
    expect(run(makeTinyQuestionnaire())).toEqual([]);
  });
});
