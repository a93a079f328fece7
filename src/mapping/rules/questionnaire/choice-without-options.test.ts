import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyQuestionnaireWith } from "../../../../test/fixtures/mapping.js";
import { indexQuestionnaire } from "../../_items.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import { choiceWithoutOptionsRule } from "./choice-without-options.js";

const run = (questionnaire: Questionnaire) =>
  choiceWithoutOptionsRule.run(deepFreeze(questionnaire), { index: indexQuestionnaire(questionnaire) }).map((finding) => [finding.code, finding.path]);

const withOptions = (values: readonly string[]) =>
  makeTinyQuestionnaireWith("tool", (item): QuestionnaireItem =>
    item.type === "choice" ? { ...item, options: values.map((value) => ({ value, text: { nb: value } })) } : item,
  );

describe("choiceWithoutOptionsRule", () => {
  it("declares questionnaire/choice-without-options and questionnaire/duplicate-option", () => {
    expect(Object.keys(choiceWithoutOptionsRule.codes)).toEqual(["questionnaire/choice-without-options", "questionnaire/duplicate-option"]);
  });

  it("fires on a choice item with no options", () => {
    expect(run(withOptions([]))).toEqual([["questionnaire/choice-without-options", ["sections", 1, "items", 2, "options"]]]);
  });

  it("fires on each repeat of an option value, at the repeat", () => {
    expect(run(withOptions(["a", "b", "a", "a"]))).toEqual([
      ["questionnaire/duplicate-option", ["sections", 1, "items", 2, "options", 2, "value"]],
      ["questionnaire/duplicate-option", ["sections", 1, "items", 2, "options", 3, "value"]],
    ]);
  });

  it("does not fire on one option, or on distinct options", () => {
    expect(run(withOptions(["a"]))).toEqual([]);
    expect(run(makeTinyQuestionnaire())).toEqual([]);
  });
});
