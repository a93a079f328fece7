import { describe, expect, it } from "vitest";
import { deepFreeze, makeTinyQuestionnaire, makeTinyResponse } from "../../test/fixtures/mapping.js";
import { answersSchema } from "./answers-schema.js";
import type { MappingAnswer } from "./response-schema.js";

const schema = answersSchema(deepFreeze(makeTinyQuestionnaire()));
const SOUND: readonly MappingAnswer[] = [
  { itemId: "has-ke", type: "boolean", value: false },
  { itemId: "routines", type: "assessment", value: "yes" },
];
const issues = (input: unknown) =>
  (schema.safeParse(input).error?.issues ?? []).map((issue) => [issue.code === "custom" ? issue.params?.["code"] : issue.code, issue.path, issue.message]);

describe("answersSchema", () => {
  it("raises the response rules' findings as custom issues, with their code, params and English message", () => {
    const input = makeTinyResponse([...SOUND, { itemId: "staff", type: "integer", value: 501 }]);
    expect(issues(input)).toEqual([["mapping/number-out-of-range", ["answers", 2, "value"], "The answer to staff is outside the allowed range (0–500)"]]);
    expect(schema.safeParse(input).error?.issues[0]).toMatchObject({ params: { code: "mapping/number-out-of-range", itemId: "staff", range: "0–500" } });
  });

  it("raises required-unanswered in a completed response only, and never the day's or info findings", () => {
    expect(issues(makeTinyResponse(SOUND.slice(1))).map(([code]) => code)).toEqual(["mapping/required-unanswered"]);
    expect(issues(makeTinyResponse(SOUND.slice(1), { status: "in-progress" }))).toEqual([]);
    expect(issues(makeTinyResponse(SOUND, { date: "2099-01-01" }))).toEqual([]);
  });

  it("leaves the shape to the response schema: a shape error is a zod issue, not a rule's", () => {
    expect(issues({ ...makeTinyResponse(SOUND), answers: [{ itemId: "has-ke", type: "boolean", value: "yes" }] }).map(([code]) => code)).toEqual(["invalid_type"]);
  });
});
