import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyQuestionnaireWith } from "../../../../test/fixtures/mapping.js";
import { indexQuestionnaire } from "../../_items.js";
import type { EnableCondition } from "../../item-schema.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import { conditionUnknownItemRule } from "./condition-unknown-item.js";

const run = (questionnaire: Questionnaire) =>
  conditionUnknownItemRule.run(deepFreeze(questionnaire), { index: indexQuestionnaire(questionnaire) }).map((finding) => [finding.code, finding.path]);

/** The tiny questionnaire with `training-count` (section 2, item 4) asked on this one condition. */
const when = (condition: EnableCondition) =>
  makeTinyQuestionnaireWith("training-count", (item) => ({ ...item, enableWhen: { match: "all", conditions: [condition] } }));
const at = (...rest: (string | number)[]) => ["sections", 1, "items", 3, "enableWhen", "conditions", 0, ...rest];

describe("conditionUnknownItemRule", () => {
  it("declares the five condition codes", () => {
    expect(Object.keys(conditionUnknownItemRule.codes)).toEqual([
      "questionnaire/condition-unknown-item",
      "questionnaire/condition-not-earlier",
      "questionnaire/condition-wrong-type",
      "questionnaire/condition-unknown-option",
      "questionnaire/condition-operator-not-allowed",
    ]);
  });

  it("fires on a condition on an unknown item, or on one that does not come earlier", () => {
    expect(run(when({ itemId: "ghost", operator: "equals", value: true }))).toEqual([["questionnaire/condition-unknown-item", at("itemId")]]);
    expect(run(when({ itemId: "training-count", operator: "equals", value: 1 }))).toEqual([["questionnaire/condition-not-earlier", at("itemId")]]);
  });

  it("fires on a value of the wrong type, an unknown option, and an ordering operator on an unordered item", () => {
    expect(run(when({ itemId: "has-ke", operator: "equals", value: "yes" }))).toEqual([["questionnaire/condition-wrong-type", at("value")]]);
    expect(run(when({ itemId: "tool", operator: "equals", value: "fax" }))).toEqual([["questionnaire/condition-unknown-option", at("value")]]);
    expect(run(when({ itemId: "routines", operator: "at-least", value: "partly" }))).toEqual([["questionnaire/condition-operator-not-allowed", at("operator")]]);
  });

  it("does not fire on sound conditions, an ordering operator on a number included", () => {
    expect(run(when({ itemId: "staff", operator: "at-most", value: 3 }))).toEqual([]);
    expect(run(when({ itemId: "tool", operator: "equals", value: "paper" }))).toEqual([]);
    expect(run(makeTinyQuestionnaire())).toEqual([]);
  });
});
