import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyResponse } from "../../../../test/fixtures/mapping.js";
import type { MappingResponse } from "../../response-schema.js";
import { answerContext } from "./context.js";
import { questionnaireMismatchRule } from "./questionnaire-mismatch.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const run = (response: MappingResponse) =>
  questionnaireMismatchRule.run(deepFreeze(response), answerContext(response, tiny)).map((finding) => [finding.code, finding.path, finding.params]);

describe("questionnaireMismatchRule", () => {
  it("declares mapping/questionnaire-mismatch and mapping/version-mismatch", () => {
    expect(Object.keys(questionnaireMismatchRule.codes)).toEqual(["mapping/questionnaire-mismatch", "mapping/version-mismatch"]);
  });

  it("fires on another questionnaire id, and on another version", () => {
    expect(run(makeTinyResponse([], { questionnaire: { id: "other", version: "1" } }))).toEqual([
      ["mapping/questionnaire-mismatch", ["questionnaire", "id"], { expected: "tiny", actual: "other" }],
    ]);
    expect(run(makeTinyResponse([], { questionnaire: { id: "tiny", version: "2" } }))).toEqual([
      ["mapping/version-mismatch", ["questionnaire", "version"], { expected: "1", actual: "2" }],
    ]);
  });

  it("does not fire on a response to the same questionnaire and version", () => {
    expect(run(makeTinyResponse([]))).toEqual([]);
  });
});
