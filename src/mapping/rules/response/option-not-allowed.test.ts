import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyResponse } from "../../../../test/fixtures/mapping.js";
import type { MappingAnswer } from "../../response-schema.js";
import { answerContext } from "./context.js";
import { describeRange, optionNotAllowedRule } from "./option-not-allowed.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const run = (...answers: MappingAnswer[]) => {
  const response = deepFreeze(makeTinyResponse([{ itemId: "has-ke", type: "boolean", value: true }, ...answers]));
  return optionNotAllowedRule.run(response, answerContext(response, tiny)).map((finding) => [finding.code, finding.path, finding.params]);
};

describe("optionNotAllowedRule", () => {
  it("declares the four codes of an answer's value", () => {
    expect(Object.keys(optionNotAllowedRule.codes)).toEqual([
      "mapping/option-not-allowed",
      "mapping/number-out-of-range",
      "mapping/date-out-of-range",
      "mapping/text-too-long",
    ]);
  });

  it("fires on a choice not among the options, and on numbers, dates and texts past their bounds", () => {
    expect(run({ itemId: "tool", type: "choice", value: "fax" })).toEqual([["mapping/option-not-allowed", ["answers", 1, "value"], { itemId: "tool" }]]);
    expect(run({ itemId: "staff", type: "integer", value: 501 })).toEqual([["mapping/number-out-of-range", ["answers", 1, "value"], { itemId: "staff", range: "0–500" }]]);
    expect(run({ itemId: "fte", type: "decimal", value: -0.5 })).toEqual([["mapping/number-out-of-range", ["answers", 1, "value"], { itemId: "fte", range: "0–100" }]]);
    expect(run({ itemId: "ke-since", type: "date", value: "2000-12-31" })).toEqual([
      ["mapping/date-out-of-range", ["answers", 1, "value"], { itemId: "ke-since", range: "2001-01-01–2030-12-31" }],
    ]);
    expect(run({ itemId: "routines-how", type: "text", value: "x".repeat(21) })).toEqual([["mapping/text-too-long", ["answers", 1, "value"], { itemId: "routines-how", maxLength: 20 }]]);
  });

  it("does not fire on values at their bounds, on later answers, or on answers of another type", () => {
    expect(run({ itemId: "staff", type: "integer", value: 500 }, { itemId: "staff", type: "integer", value: 501 })).toEqual([]);
    expect(run({ itemId: "ke-since", type: "date", value: "2001-01-01" }, { itemId: "routines-how", type: "text", value: "x".repeat(20) })).toEqual([]);
    expect(run({ itemId: "staff", type: "decimal", value: 501 })).toEqual([]);
  });

  it("describes one-sided ranges too", () => {
    expect([describeRange(0, undefined), describeRange(undefined, 10)]).toEqual(["≥ 0", "≤ 10"]);
  });
});
