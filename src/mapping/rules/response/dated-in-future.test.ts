import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyResponse } from "../../../../test/fixtures/mapping.js";
import { answerContext } from "./context.js";
import { datedInFutureRule } from "./dated-in-future.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const run = (date: string, today: string) => {
  const response = deepFreeze(makeTinyResponse([], { date }));
  return datedInFutureRule.run(response, { ...answerContext(response, tiny), today }).map((finding) => [finding.code, finding.path, finding.params]);
};

describe("datedInFutureRule", () => {
  it("declares mapping/dated-in-future", () => {
    expect(Object.keys(datedInFutureRule.codes)).toEqual(["mapping/dated-in-future"]);
  });

  it("fires on a response dated the day after today", () => {
    expect(run("2012-05-02", "2012-05-01")).toEqual([["mapping/dated-in-future", ["date"], { date: "2012-05-02" }]]);
  });

  it("does not fire on a response dated today or before", () => {
    expect(run("2012-05-01", "2012-05-01")).toEqual([]);
    expect(run("2012-04-30", "2012-05-01")).toEqual([]);
  });
});
