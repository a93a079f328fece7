import { describe, expect, it } from "vitest";
import { checkQuestionnaire, type EnableCondition, type EnableWhen, type Questionnaire, type QuestionnaireItem, validateQuestionnaire } from "samhandling";
import { deepFreeze, makeTinyQuestionnaire } from "../fixtures/mapping.js";

const check = (questionnaire: Questionnaire) =>
  checkQuestionnaire(deepFreeze(questionnaire)).map((finding) => [finding.code, finding.path]);

/** The tiny questionnaire with section `s` item `i` replaced. */
function withItem(s: number, i: number, change: (item: QuestionnaireItem) => QuestionnaireItem): Questionnaire {
  const questionnaire = makeTinyQuestionnaire();
  return {
    ...questionnaire,
    sections: questionnaire.sections.map((section, sectionIndex) =>
      sectionIndex !== s ? section : { ...section, items: section.items.map((item, itemIndex) => (itemIndex === i ? change(item) : item)) },
    ),
  };
}

const when = (itemId: string, operator: EnableCondition["operator"], value: EnableCondition["value"]): EnableWhen => ({
  match: "all",
  conditions: [{ itemId, operator, value }],
});

describe("checkQuestionnaire", () => {
  it("finds nothing in a sound questionnaire with every item type and conditions", () => {
    expect(check(makeTinyQuestionnaire())).toEqual([]);
  });

  it("flags an item id used twice, and a section id shared with an item", () => {
    const duplicate = withItem(0, 2, (item) => ({ ...item, id: "has-ke" }));
    expect(check(duplicate)).toEqual([["questionnaire/duplicate-id", ["sections", 0, "items", 2, "id"]]]);
    const sectionClash = withItem(1, 2, (item) => ({ ...item, id: "s1" }));
    expect(check(sectionClash).map(([code]) => code)).toContain("questionnaire/duplicate-id");
  });

  it("flags an empty section and not one with items", () => {
    const questionnaire = makeTinyQuestionnaire();
    const empty = { ...questionnaire, sections: [...questionnaire.sections, { id: "s3", title: { nb: "Tom", nn: "Tom", en: "Empty" }, items: [] }] };
    expect(check(empty)).toEqual([["questionnaire/empty-section", ["sections", 2, "items"]]]);
  });

  it("flags a choice item without options and options given twice", () => {
    const noOptions = withItem(1, 2, (item) => (item.type === "choice" ? { ...item, options: [] } : item));
    expect(check(noOptions)).toContainEqual(["questionnaire/choice-without-options", ["sections", 1, "items", 2, "options"]]);
    const twice = withItem(1, 2, (item) => (item.type === "choice" ? { ...item, options: [...item.options, item.options[0]!] } : item));
    expect(check(twice)).toEqual([["questionnaire/duplicate-option", ["sections", 1, "items", 2, "options", 3, "value"]]]);
  });

  it("flags a range whose min is above its max, and not an equal one", () => {
    expect(check(withItem(0, 3, (item) => (item.type === "integer" ? { ...item, min: 6, max: 5 } : item)))).toEqual([
      ["questionnaire/invalid-range", ["sections", 0, "items", 3, "min"]],
    ]);
    expect(check(withItem(0, 3, (item) => (item.type === "integer" ? { ...item, min: 5, max: 5 } : item)))).toEqual([]);
    expect(check(withItem(0, 1, (item) => (item.type === "date" ? { ...item, min: "2020-01-02", max: "2020-01-01" } : item)))).toEqual([
      ["questionnaire/invalid-range", ["sections", 0, "items", 1, "min"]],
    ]);
  });

  it("flags a condition on an item that does not exist", () => {
    const questionnaire = withItem(0, 1, (item) => ({ ...item, enableWhen: when("nope", "equals", true) }));
    expect(check(questionnaire)).toEqual([["questionnaire/condition-unknown-item", ["sections", 0, "items", 1, "enableWhen", "conditions", 0, "itemId"]]]);
  });

  it("flags a condition on the item itself or a later one", () => {
    const self = withItem(0, 1, (item) => ({ ...item, enableWhen: when("ke-since", "equals", "2012-01-01") }));
    expect(check(self)).toEqual([["questionnaire/condition-not-earlier", ["sections", 0, "items", 1, "enableWhen", "conditions", 0, "itemId"]]]);
    const later = withItem(0, 1, (item) => ({ ...item, enableWhen: when("routines", "equals", "yes") }));
    expect(check(later).map(([code]) => code)).toEqual(["questionnaire/condition-not-earlier"]);
  });

  it("flags a condition value of the wrong type for the item it refers to", () => {
    const cases: [string, string | number | boolean][] = [
      ["has-ke", "yes"],
      ["fte", "1"],
      ["staff", 1.5],
      ["ke-since", "2012-02-30"],
      ["routines", true],
    ];
    for (const [target, value] of cases) {
      const questionnaire = withItem(1, 3, (item) => ({ ...item, enableWhen: when(target, "equals", value) }));
      expect(check(questionnaire)).toEqual([["questionnaire/condition-wrong-type", ["sections", 1, "items", 3, "enableWhen", "conditions", 0, "value"]]]);
    }
    const fine = withItem(1, 3, (item) => ({ ...item, enableWhen: when("fte", "at-least", 1.5) }));
    expect(check(fine)).toEqual([]);
  });

  it("flags a condition value that is not an answer to an assessment or choice item", () => {
    const assessment = withItem(1, 1, (item) => ({ ...item, enableWhen: when("routines", "equals", "maybe") }));
    expect(check(assessment)).toEqual([["questionnaire/condition-unknown-option", ["sections", 1, "items", 1, "enableWhen", "conditions", 0, "value"]]]);
    const choice = withItem(1, 3, (item) => ({ ...item, enableWhen: when("tool", "equals", "fax") }));
    expect(check(choice).map(([code]) => code)).toEqual(["questionnaire/condition-unknown-option"]);
  });

  it("flags at-least or at-most on an item without an order, and allows them on numbers and dates", () => {
    const onChoice = withItem(1, 3, (item) => ({ ...item, enableWhen: when("tool", "at-least", "paper") }));
    expect(check(onChoice)).toEqual([["questionnaire/condition-operator-not-allowed", ["sections", 1, "items", 3, "enableWhen", "conditions", 0, "operator"]]]);
    const onDate = withItem(1, 3, (item) => ({ ...item, enableWhen: when("ke-since", "at-most", "2012-01-01") }));
    expect(check(onDate)).toEqual([]);
  });

  it("reports a text without nynorsk or English as info, and nothing when both are given", () => {
    const questionnaire = { ...makeTinyQuestionnaire(), title: { nb: "Bare bokmål" } };
    const findings = checkQuestionnaire(deepFreeze(questionnaire), { locale: "en" });
    expect(findings.map((finding) => [finding.code, finding.path, finding.severity, finding.params])).toEqual([
      ["questionnaire/missing-translation", ["title"], "info", { locales: "nn, en" }],
    ]);
    expect(findings[0]?.message).toBe("The text has no translation to nn, en");
    expect(checkQuestionnaire(questionnaire, { rules: { "questionnaire/missing-translation": "off" } })).toEqual([]);
  });
});

describe("validateQuestionnaire", () => {
  it("accepts a sound questionnaire and returns it", () => {
    const questionnaire = deepFreeze(makeTinyQuestionnaire());
    expect(validateQuestionnaire(questionnaire)).toEqual({ ok: true, value: questionnaire, findings: [] });
  });

  it("turns schema problems into findings and check errors into ok: false", () => {
    expect(validateQuestionnaire({ kind: "questionnaire" }).ok).toBe(false);
    const result = validateQuestionnaire(withItem(0, 2, (item) => ({ ...item, id: "has-ke" })));
    expect(result.ok).toBe(false);
    expect(result.findings.map((finding) => finding.code)).toEqual(["questionnaire/duplicate-id"]);
  });

  it("rejects ids that are free text, since findings repeat them", () => {
    const result = validateQuestionnaire({ ...makeTinyQuestionnaire(), id: "Ola sitt skjema" });
    expect(result.findings.map((finding) => [finding.code, finding.path])).toEqual([["schema/invalid-format", ["id"]]]);
  });
});
