import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyResponse } from "../../../../test/fixtures/mapping.js";
import type { MappingAnswer, MappingResponseStatus } from "../../response-schema.js";
import { checkMappingResponse } from "../../check-response.js";
import { answerContext } from "./context.js";
import { requiredUnansweredRule } from "./required-unanswered.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const ANSWERED: readonly MappingAnswer[] = [
  { itemId: "has-ke", type: "boolean", value: false },
  { itemId: "routines", type: "assessment", value: "yes" },
];
const run = (answers: readonly MappingAnswer[]) => {
  const response = deepFreeze(makeTinyResponse(answers));
  return requiredUnansweredRule.run(response, answerContext(response, tiny)).map((finding) => [finding.code, finding.path, finding.params]);
};
const codes = (answers: readonly MappingAnswer[], status: MappingResponseStatus) =>
  checkMappingResponse(deepFreeze(makeTinyResponse(answers, { status })), tiny, { today: "2012-05-01" }).map((finding) => finding.code);

describe("requiredUnansweredRule", () => {
  it("declares mapping/required-unanswered and applies to completed responses only", () => {
    expect(Object.keys(requiredUnansweredRule.codes)).toEqual(["mapping/required-unanswered"]);
    expect(requiredUnansweredRule.statuses).toEqual(["completed"]);
  });

  it("fires on each asked required item without an answer, at answers", () => {
    expect(run(ANSWERED.slice(1))).toEqual([["mapping/required-unanswered", ["answers"], { itemId: "has-ke" }]]);
    // has-ke true asks ke-since, which is required
    expect(run([{ itemId: "has-ke", type: "boolean", value: true }, ANSWERED[1]!])).toEqual([["mapping/required-unanswered", ["answers"], { itemId: "ke-since" }]]);
  });

  it("does not fire when the asked required items are answered, nor on a response in progress", () => {
    expect(run(ANSWERED)).toEqual([]);
    expect(codes([], "completed")).toContain("mapping/required-unanswered");
    expect(codes([], "in-progress")).not.toContain("mapping/required-unanswered");
  });
});
