import { describe, expect, it } from "vitest";
import { indexQuestionnaire, resolveAnswers, textIn } from "./_items.js";
import type { QuestionnaireItem } from "./item-schema.js";
import type { Questionnaire } from "./questionnaire-schema.js";
import { describeRange } from "./rules/response/option-not-allowed.js";

const text = { nb: "Spørsmål" };
const questionnaire = (items: QuestionnaireItem[]): Questionnaire => ({
  kind: "questionnaire",
  id: "q",
  version: "1",
  title: text,
  sections: [{ id: "s", title: text, items }],
});

describe("indexQuestionnaire", () => {
  it("keeps the first of duplicate item ids and counts document order across sections", () => {
    const index = indexQuestionnaire({
      ...questionnaire([{ id: "a", type: "boolean", text }]),
      sections: [
        { id: "s1", title: text, items: [{ id: "a", type: "boolean", text }] },
        { id: "s2", title: text, items: [{ id: "a", type: "text", text }, { id: "b", type: "date", text }] },
      ],
    });
    expect(index.entries.map((entry) => [entry.item.id, entry.item.type, entry.sectionId, entry.order])).toEqual([
      ["a", "boolean", "s1", 0],
      ["b", "date", "s2", 2],
    ]);
  });
});

describe("resolveAnswers", () => {
  const dated = (operator: "at-least" | "at-most"): Questionnaire =>
    questionnaire([
      { id: "since", type: "date", text },
      { id: "after", type: "text", text, enableWhen: { match: "all", conditions: [{ itemId: "since", operator, value: "2012-01-01" }] } },
    ]);

  it("compares dates with at-least and at-most, bounds included", () => {
    const enabledFor = (operator: "at-least" | "at-most", value: string) =>
      resolveAnswers([{ itemId: "since", type: "date", value }], indexQuestionnaire(dated(operator))).enabled.has("after");
    expect([enabledFor("at-least", "2011-12-31"), enabledFor("at-least", "2012-01-01")]).toEqual([false, true]);
    expect([enabledFor("at-most", "2012-01-01"), enabledFor("at-most", "2012-01-02")]).toEqual([true, false]);
  });

  it("does not meet a condition on a later item, an unanswered one, or one answered with the wrong type", () => {
    const index = indexQuestionnaire(
      questionnaire([
        { id: "first", type: "text", text, enableWhen: { match: "any", conditions: [{ itemId: "flag", operator: "not-equals", value: true }] } },
        { id: "flag", type: "boolean", text },
        { id: "then", type: "text", text, enableWhen: { match: "any", conditions: [{ itemId: "flag", operator: "not-equals", value: true }] } },
      ]),
    );
    expect([...resolveAnswers([], index).enabled]).toEqual(["flag"]);
    expect([...resolveAnswers([{ itemId: "flag", type: "text", value: "nei" }], index).enabled]).toEqual(["flag"]);
    expect([...resolveAnswers([{ itemId: "flag", type: "boolean", value: false }], index).enabled]).toEqual(["flag", "then"]);
  });

  it("uses the first of several answers to an item", () => {
    const index = indexQuestionnaire(questionnaire([{ id: "flag", type: "boolean", text }]));
    const resolved = resolveAnswers(
      [
        { itemId: "flag", type: "boolean", value: true },
        { itemId: "flag", type: "boolean", value: false },
      ],
      index,
    );
    expect(resolved.first.get("flag")).toEqual({ answer: { itemId: "flag", type: "boolean", value: true }, position: 0 });
  });
});

describe("textIn and describeRange", () => {
  it("falls back to bokmål and writes ranges without words", () => {
    expect(textIn({ nb: "Ja", en: "Yes" }, "nn")).toBe("Ja");
    expect(textIn({ nb: "Ja", en: "Yes" }, "en")).toBe("Yes");
    expect([describeRange(0, 10), describeRange(0, undefined), describeRange(undefined, "2012-12-31")]).toEqual(["0–10", "≥ 0", "≤ 2012-12-31"]);
  });
});
