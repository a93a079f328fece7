import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire } from "../../../../test/fixtures/mapping.js";
import { indexQuestionnaire } from "../../_items.js";
import type { Questionnaire } from "../../questionnaire-schema.js";
import { emptySectionRule } from "./empty-section.js";

const run = (questionnaire: Questionnaire) =>
  emptySectionRule.run(deepFreeze(questionnaire), { index: indexQuestionnaire(questionnaire) }).map((finding) => [finding.code, finding.path, finding.params]);

describe("emptySectionRule", () => {
  it("declares questionnaire/empty-section", () => {
    expect(Object.keys(emptySectionRule.codes)).toEqual(["questionnaire/empty-section"]);
  });

  it("fires on a section with no items", () => {
    const base = makeTinyQuestionnaire();
    const empty = { ...base, sections: [...base.sections, { id: "s3", title: { nb: "Tom" }, items: [] }] };
    expect(run(empty)).toEqual([["questionnaire/empty-section", ["sections", 2, "items"], { sectionId: "s3" }]]);
  });

  it("does not fire on sections with one item or more", () => {
    const base = makeTinyQuestionnaire();
    const one = { ...base, sections: [{ ...base.sections[0]!, items: base.sections[0]!.items.slice(0, 1) }] };
    expect(run(one)).toEqual([]);
    expect(run(base)).toEqual([]);
  });
});
