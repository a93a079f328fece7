import { describe, expect, it } from "vitest";
import { assessAll, deepFreeze, makeResponse, makeTinyQuestionnaire, makeTinyResponse } from "../../test/fixtures/mapping.js";
import { coordinatingUnitMappingForm } from "./forms/coordinating-unit.js";
import type { AssessmentValue } from "./item-schema.js";
import type { MappingAnswer, MappingResponse } from "./response-schema.js";
import { type MappingSummary, summarizeMapping } from "./summarize.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
const MUNICIPALITIES = ["1505", "1506", "1511", "1525", "1528", "1531"];
const VALUES: readonly AssessmentValue[] = ["yes", "partly", "no", "dont-know"];

/** Response `n` to the tiny questionnaire: answers, conditions, duplicates and strays vary with `n`; every seventh answers another version. */
function response(n: number): MappingResponse {
  const answers: MappingAnswer[] = [
    { itemId: "has-ke", type: "boolean", value: n % 2 === 0 },
    { itemId: "ke-since", type: "date", value: "2010-05-01" },
    { itemId: "routines", type: "assessment", value: VALUES[n % 4]! },
    ...(n % 3 === 0 ? [] : [{ itemId: "routines-how", type: "text", value: "Mangler" } satisfies MappingAnswer]),
    { itemId: "tool", type: "choice", value: ["electronic", "paper", "none"][n % 3]! },
    ...(n % 5 === 0 ? [{ itemId: "staff", type: "decimal", value: 2 } satisfies MappingAnswer] : [{ itemId: "staff", type: "integer", value: n % 4 } satisfies MappingAnswer]),
    { itemId: "training-count", type: "integer", value: n },
    ...(n % 4 === 0 ? [{ itemId: "routines", type: "assessment", value: "yes" } satisfies MappingAnswer, { itemId: "ghost", type: "boolean", value: true } satisfies MappingAnswer] : []),
  ];
  const version = n % 7 === 6 ? "2" : "1";
  return makeTinyResponse(answers, { questionnaire: { id: "tiny", version }, respondent: { municipality: MUNICIPALITIES[n % MUNICIPALITIES.length]! } });
}

/** The summary of all responses, put together from the summaries of one response each. */
function merged(parts: readonly MappingSummary[]): Pick<MappingSummary, "respondents" | "items"> {
  const [head] = parts;
  if (head === undefined) throw new Error("no parts");
  return {
    respondents: parts.flatMap((part) => part.respondents),
    items: head.items.map((item, i) => {
      const same = parts.map((part) => part.items[i]!);
      return {
        ...item,
        answered: same.reduce((sum, part) => sum + part.answered, 0),
        notAnswered: same.flatMap((part) => part.notAnswered),
        groups: item.groups.map((group, g) => {
          const municipalities = same.flatMap((part) => part.groups[g]!.municipalities);
          return { answer: group.answer, count: municipalities.length, municipalities };
        }),
        values: same.flatMap((part) => part.values),
      };
    }),
  };
}

describe("summarizeMapping over many responses", () => {
  it("sums up each response as if it were summarised alone, in response order", () => {
    const responses = deepFreeze(Array.from({ length: 120 }, (_, n) => response(n)));
    const summary = summarizeMapping(responses, tiny);
    const included = responses.filter((given) => given.questionnaire.version === "1");
    expect(summary.skipped).toEqual(responses.flatMap((given, position) => (given.questionnaire.version === "1" ? [] : [position])));
    expect(summary.respondents).toHaveLength(included.length);
    expect({ respondents: summary.respondents, items: summary.items }).toEqual(merged(included.map((given) => summarizeMapping([given], tiny))));
  });

  it("counts every respondent once per item, answered or not", () => {
    const responses = deepFreeze(Array.from({ length: 60 }, (_, n) => response(n)));
    const summary = summarizeMapping(responses, tiny);
    for (const item of summary.items) expect(item.answered + item.notAnswered.length).toBe(summary.respondents.length);
    const staff = summary.items.find((item) => item.itemId === "staff");
    expect(staff?.answered).toBe(summary.respondents.length - responses.filter((given, n) => n % 5 === 0 && given.questionnaire.version === "1").length);
  });

  it("summarises many copies of a response to the built-in form as that response times their number", () => {
    const summary = summarizeMapping(deepFreeze(Array.from({ length: 50 }, () => makeResponse(assessAll("partly")))), coordinatingUnitMappingForm);
    const assessments = summary.items.filter((item) => item.type === "assessment");
    expect(assessments.length).toBeGreaterThan(0);
    for (const item of assessments) {
      expect(item.groups.map((group) => [group.answer, group.count])).toEqual([["yes", 0], ["partly", 50], ["no", 0], ["dont-know", 0]]);
    }
    for (const item of summary.items.filter((item) => item.type !== "assessment")) expect(item.notAnswered).toHaveLength(50);
  });
});
