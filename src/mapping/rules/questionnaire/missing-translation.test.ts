import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyQuestionnaireWith } from "../../../../test/fixtures/mapping.js";
import { indexQuestionnaire } from "../../_items.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import { missingTranslationRule } from "./missing-translation.js";

const run = (questionnaire: Questionnaire) =>
  missingTranslationRule.run(deepFreeze(questionnaire), { index: indexQuestionnaire(questionnaire) }).map((finding) => [finding.code, finding.path, finding.params]);

describe("missingTranslationRule", () => {
  it("declares questionnaire/missing-translation", () => {
    expect(Object.keys(missingTranslationRule.codes)).toEqual(["questionnaire/missing-translation"]);
  });

  it("fires on a text without nynorsk or English, naming what is missing", () => {
    const bokmal = makeTinyQuestionnaireWith("fte", (item) => ({ ...item, text: { nb: "Årsverk" } }));
    expect(run(bokmal)).toEqual([["questionnaire/missing-translation", ["sections", 0, "items", 2, "text"], { locales: "nn, en" }]]);
    const noEnglish = { ...makeTinyQuestionnaire(), title: { nb: "Skjema", nn: "Skjema" } };
    expect(run(noEnglish)).toEqual([["questionnaire/missing-translation", ["title"], { locales: "en" }]]);
  });

  it("does not fire when every text has all three languages", () => {
    expect(run(makeTinyQuestionnaire())).toEqual([]);
  });
});
