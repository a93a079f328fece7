import { describe, expect, it } from "vitest";
import { deepFreeze, MAPPING_TODAY, makeTinyQuestionnaire, makeTinyResponse } from "../../../../test/fixtures/mapping.js";
import { checkMappingResponse } from "../../check-response.js";
import type { MappingAnswer, MappingResponseStatus } from "../../response-schema.js";
import { answerContext } from "./context.js";
import { requiredPendingRule } from "./required-pending.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const ANSWERED: readonly MappingAnswer[] = [
  { itemId: "has-ke", type: "boolean", value: false },
  { itemId: "routines", type: "assessment", value: "yes" },
];
const run = (answers: readonly MappingAnswer[]) => {
  const response = deepFreeze(makeTinyResponse(answers, { status: "in-progress" }));
  return requiredPendingRule.run(response, { ...answerContext(response, tiny), today: MAPPING_TODAY }).map((finding) => [finding.code, finding.path]);
};
const found = (answers: readonly MappingAnswer[], status: MappingResponseStatus) =>
  checkMappingResponse(deepFreeze(makeTinyResponse(answers, { status })), tiny, { today: MAPPING_TODAY })
    .filter((finding) => finding.code === "mapping/required-pending")
    .map((finding) => [finding.severity, finding.params?.["itemId"]]);

describe("requiredPendingRule", () => {
  it("declares mapping/required-pending and applies to responses in progress only", () => {
    expect(Object.keys(requiredPendingRule.codes)).toEqual(["mapping/required-pending"]);
    expect(requiredPendingRule.statuses).toEqual(["in-progress"]);
  });

  it("fires, as info, on each asked required item not yet answered", () => {
    expect(run([ANSWERED[1]!])).toEqual([["mapping/required-pending", ["answers"]]]);
    expect(found([ANSWERED[0]!], "in-progress")).toEqual([["info", "routines"]]);
  });

  it("does not fire when they are answered, nor on a completed response", () => {
    expect(run(ANSWERED)).toEqual([]);
    expect(found([], "completed")).toEqual([]);
  });
});
