import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyQuestionnaireWith } from "../../../../test/fixtures/mapping.js";
import { indexQuestionnaire } from "../../_items.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import { duplicateIdRule } from "./duplicate-id.js";

const run = (questionnaire: Questionnaire) =>
  duplicateIdRule.run(deepFreeze(questionnaire), { index: indexQuestionnaire(questionnaire) }).map((finding) => [finding.code, finding.path, finding.params]);

describe("duplicateIdRule", () => {
  it("declares questionnaire/duplicate-id", () => {
    expect(Object.keys(duplicateIdRule.codes)).toEqual(["questionnaire/duplicate-id"]);
  });

  it("fires on the second use of an item id, and on an item that reuses a section id", () => {
    const twice = makeTinyQuestionnaireWith("fte", (item) => ({ ...item, id: "has-ke" }));
    expect(run(twice)).toEqual([["questionnaire/duplicate-id", ["sections", 0, "items", 2, "id"], { id: "has-ke" }]]);
    const sectionId = makeTinyQuestionnaireWith("tool", (item) => ({ ...item, id: "s1" }));
    expect(run(sectionId)).toEqual([["questionnaire/duplicate-id", ["sections", 1, "items", 2, "id"], { id: "s1" }]]);
  });

  it("does not fire when every id is used once", () => {
    expect(run(makeTinyQuestionnaire())).toEqual([]);
  });
});
