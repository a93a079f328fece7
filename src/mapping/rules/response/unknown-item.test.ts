import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyResponse } from "../../../../test/fixtures/mapping.js";
import type { MappingAnswer } from "../../response-schema.js";
import { answerContext } from "./context.js";
import { unknownItemRule } from "./unknown-item.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const BASE: readonly MappingAnswer[] = [
  { itemId: "has-ke", type: "boolean", value: false },
  { itemId: "routines", type: "assessment", value: "yes" },
];
const run = (...extra: MappingAnswer[]) => {
  const response = deepFreeze(makeTinyResponse([...BASE, ...extra]));
  return unknownItemRule.run(response, answerContext(response, tiny)).map((finding) => [finding.code, finding.path]);
};

describe("unknownItemRule", () => {
  it("declares the four codes of an answer's item", () => {
    expect(Object.keys(unknownItemRule.codes)).toEqual([
      "mapping/unknown-item",
      "mapping/duplicate-answer",
      "mapping/wrong-answer-type",
      "mapping/answer-to-disabled-item",
    ]);
  });

  it("fires on an unknown item, a second answer, a wrong type and an item that is not asked", () => {
    expect(run({ itemId: "ghost", type: "text", value: "x" })).toEqual([["mapping/unknown-item", ["answers", 2, "itemId"]]]);
    expect(run({ itemId: "routines", type: "assessment", value: "no" })).toEqual([["mapping/duplicate-answer", ["answers", 2]]]);
    expect(run({ itemId: "fte", type: "integer", value: 2 })).toEqual([["mapping/wrong-answer-type", ["answers", 2, "type"]]]);
    // ke-since is asked only when has-ke is true
    expect(run({ itemId: "ke-since", type: "date", value: "2010-01-01" })).toEqual([["mapping/answer-to-disabled-item", ["answers", 2]]]);
  });

  it("reports only the first problem of an answer", () => {
    expect(run({ itemId: "has-ke", type: "text", value: "x" })).toEqual([["mapping/duplicate-answer", ["answers", 2]]]);
  });

  it("does not fire on answers of the right type to asked items, once each", () => {
    expect(run({ itemId: "fte", type: "decimal", value: 2 })).toEqual([]);
  });
});
