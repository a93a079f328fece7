import { describe, expect, it } from "vitest";
import {
  checkMappingResponse,
  coordinatingUnitMappingForm,
  type MappingAnswer,
  type MappingResponse,
  validateMappingResponse,
} from "samhandling";
import { deepFreeze, MAPPING_TODAY, makeResponse, makeTinyQuestionnaire, makeTinyResponse } from "../fixtures/mapping.js";

const tiny = deepFreeze(makeTinyQuestionnaire());
deepFreeze(coordinatingUnitMappingForm);

const BASE: readonly MappingAnswer[] = [
  { itemId: "has-ke", type: "boolean", value: true },
  { itemId: "ke-since", type: "date", value: "2010-05-01" },
  { itemId: "routines", type: "assessment", value: "yes" },
  { itemId: "tool", type: "choice", value: "none" },
];

/** Codes and paths of the findings for the base answers plus `extra` (or `overrides.answers`), checked on `today`. */
function tinyFindings(extra: readonly MappingAnswer[] = [], overrides: Partial<MappingResponse> = {}, today = MAPPING_TODAY) {
  const response = deepFreeze(makeTinyResponse([...BASE, ...extra], overrides));
  return checkMappingResponse(response, tiny, { today }).map((finding) => [finding.code, finding.path]);
}

/** The base answers with one replaced. */
function replacing(itemId: string, answer: MappingAnswer | undefined): MappingAnswer[] {
  return BASE.flatMap((given) => (given.itemId !== itemId ? [given] : answer === undefined ? [] : [answer]));
}

describe("checkMappingResponse", () => {
  it("finds nothing in a sound response", () => {
    expect(tinyFindings()).toEqual([]);
    expect(checkMappingResponse(deepFreeze(makeResponse()), coordinatingUnitMappingForm, { today: MAPPING_TODAY })).toEqual([]);
  });

  it("flags a response to another questionnaire or another version", () => {
    expect(tinyFindings([], { questionnaire: { id: "other", version: "1" } })).toEqual([["mapping/questionnaire-mismatch", ["questionnaire", "id"]]]);
    expect(tinyFindings([], { questionnaire: { id: "tiny", version: "2" } })).toEqual([["mapping/version-mismatch", ["questionnaire", "version"]]]);
  });

  it("flags an answer to an item the questionnaire does not have", () => {
    expect(tinyFindings([{ itemId: "ghost", type: "text", value: "x" }])).toEqual([["mapping/unknown-item", ["answers", 4, "itemId"]]]);
  });

  it("flags the second answer to an item, not the first", () => {
    expect(tinyFindings([{ itemId: "routines", type: "assessment", value: "no" }])).toEqual([["mapping/duplicate-answer", ["answers", 4]]]);
  });

  it("flags an answer whose type is not the item's", () => {
    expect(tinyFindings([{ itemId: "fte", type: "integer", value: 2 }])).toEqual([["mapping/wrong-answer-type", ["answers", 4, "type"]]]);
    expect(tinyFindings([{ itemId: "fte", type: "decimal", value: 2 }])).toEqual([]);
  });

  it("flags a choice that is not among the options", () => {
    const tool = (value: string) => tinyFindings([], { answers: replacing("tool", { itemId: "tool", type: "choice", value }) });
    expect(tool("fax")).toEqual([["mapping/option-not-allowed", ["answers", 3, "value"]]]);
    expect(tool("paper")).toEqual([]);
  });

  it("never repeats a free-text answer in the finding for an option that is not allowed", () => {
    // A value the schema allows (an option id), so the typed check runs and must still not echo it.
    const secret = "ring-fastlegen-99887766";
    const response = deepFreeze(makeTinyResponse([], { answers: replacing("tool", { itemId: "tool", type: "choice", value: secret }) }));
    for (const locale of ["nb", "nn", "en"] as const) {
      const findings = checkMappingResponse(response, tiny, { today: MAPPING_TODAY, locale });
      expect(findings.map((finding) => finding.code)).toContain("mapping/option-not-allowed");
      expect(JSON.stringify(findings)).not.toContain(secret);
    }
  });

  it("flags numbers outside min and max, and not numbers on the bounds", () => {
    expect(tinyFindings([{ itemId: "fte", type: "decimal", value: -0.5 }])).toEqual([["mapping/number-out-of-range", ["answers", 4, "value"]]]);
    expect(tinyFindings([{ itemId: "fte", type: "decimal", value: 100.01 }])).toEqual([["mapping/number-out-of-range", ["answers", 4, "value"]]]);
    expect(tinyFindings([{ itemId: "fte", type: "decimal", value: 0 }])).toEqual([]);
    expect(tinyFindings([{ itemId: "staff", type: "integer", value: 500 }])).toEqual([]);
    expect(tinyFindings([{ itemId: "staff", type: "integer", value: 501 }])).toEqual([["mapping/number-out-of-range", ["answers", 4, "value"]]]);
  });

  it("gives the range in the message params", () => {
    const [finding] = checkMappingResponse(makeTinyResponse([...BASE, { itemId: "staff", type: "integer", value: -1 }]), tiny, { today: MAPPING_TODAY, locale: "en" });
    expect(finding?.params).toEqual({ itemId: "staff", range: "0–500" });
    expect(finding?.message).toBe("The answer to staff is outside the allowed range (0–500)");
  });

  it("flags dates outside min and max, on both sides of each bound", () => {
    const since = (value: string) => tinyFindings([], { answers: replacing("ke-since", { itemId: "ke-since", type: "date", value }) });
    expect(since("2000-12-31")).toEqual([["mapping/date-out-of-range", ["answers", 1, "value"]]]);
    expect(since("2001-01-01")).toEqual([]);
    expect(since("2030-12-31")).toEqual([]);
    expect(since("2031-01-01")).toEqual([["mapping/date-out-of-range", ["answers", 1, "value"]]]);
  });

  it("flags a text longer than maxLength, and not one of exactly maxLength", () => {
    const partly = replacing("routines", { itemId: "routines", type: "assessment", value: "partly" });
    const how = (value: string) => tinyFindings([], { answers: [...partly, { itemId: "routines-how", type: "text", value }] });
    expect(how("x".repeat(20))).toEqual([]);
    expect(how("x".repeat(21))).toEqual([["mapping/text-too-long", ["answers", 4, "value"]]]);
  });

  it("flags an answer to an item whose condition is not met, with all and any conditions", () => {
    // any: routines is "yes", neither partly nor no
    expect(tinyFindings([{ itemId: "routines-how", type: "text", value: "Mangler mal" }])).toEqual([["mapping/answer-to-disabled-item", ["answers", 4]]]);
    const no = replacing("routines", { itemId: "routines", type: "assessment", value: "no" });
    expect(tinyFindings([], { answers: [...no, { itemId: "routines-how", type: "text", value: "Mangler mal" }] })).toEqual([]);
    // all: tool is not "none" and staff is at least 1
    const paper = replacing("tool", { itemId: "tool", type: "choice", value: "paper" });
    const training = { itemId: "training-count", type: "integer", value: 2 } as const;
    expect(tinyFindings([], { answers: [...paper, { itemId: "staff", type: "integer", value: 0 }, training] })).toEqual([
      ["mapping/answer-to-disabled-item", ["answers", 5]],
    ]);
    expect(tinyFindings([], { answers: [...paper, { itemId: "staff", type: "integer", value: 1 }, training] })).toEqual([]);
  });

  it("treats a condition on an item not asked as not met", () => {
    const noKe = [
      { itemId: "has-ke", type: "boolean", value: false },
      { itemId: "routines", type: "assessment", value: "yes" },
    ] as const;
    expect(tinyFindings([], { answers: [...noKe] })).toEqual([]);
    expect(tinyFindings([], { answers: [...noKe, { itemId: "ke-since", type: "date", value: "2010-01-01" }] })).toEqual([
      ["mapping/answer-to-disabled-item", ["answers", 2]],
    ]);
  });

  it("flags required items left unanswered in a completed response, only when asked", () => {
    expect(tinyFindings([], { answers: replacing("ke-since", undefined) })).toEqual([["mapping/required-unanswered", ["answers"]]]);
    const paper = replacing("tool", { itemId: "tool", type: "choice", value: "paper" });
    expect(tinyFindings([], { answers: [...paper, { itemId: "staff", type: "integer", value: 3 }] })).toEqual([["mapping/required-unanswered", ["answers"]]]);
    expect(tinyFindings([], { answers: [...paper, { itemId: "staff", type: "integer", value: 0 }] })).toEqual([]);
  });

  it("reports required items as pending info while the response is in progress", () => {
    const response = makeTinyResponse(replacing("ke-since", undefined), { status: "in-progress" });
    const findings = checkMappingResponse(deepFreeze(response), tiny, { today: MAPPING_TODAY });
    expect(findings.map((finding) => [finding.code, finding.severity, finding.params])).toEqual([
      ["mapping/required-pending", "info", { itemId: "ke-since" }],
    ]);
  });

  it("warns about a response dated after today, and not one dated today", () => {
    expect(tinyFindings([], { date: "2012-05-02" })).toEqual([["mapping/dated-in-future", ["date"]]]);
    expect(tinyFindings([], { date: "2012-05-01" })).toEqual([]);
  });

  it("throws a RangeError for a broken today", () => {
    expect(() => checkMappingResponse(makeTinyResponse([...BASE]), tiny, { today: "in May" })).toThrow(RangeError);
  });
});

describe("validateMappingResponse", () => {
  it("returns the parsed response when nothing is an error", () => {
    const response = deepFreeze(makeResponse());
    expect(validateMappingResponse(response, coordinatingUnitMappingForm, { today: MAPPING_TODAY })).toEqual({ ok: true, value: response, findings: [] });
  });

  it("stays ok with warnings and info only", () => {
    const result = validateMappingResponse(makeResponse(undefined, { date: "2013-01-01", status: "in-progress", answers: [] }), coordinatingUnitMappingForm, {
      today: MAPPING_TODAY,
    });
    expect(result.ok).toBe(true);
    expect(new Set(result.findings.map((finding) => finding.code))).toEqual(new Set(["mapping/dated-in-future", "mapping/required-pending"]));
  });

  it("turns schema problems into schema findings", () => {
    const result = validateMappingResponse(
      { ...makeResponse(), respondent: { municipality: "152" }, answers: [{ itemId: "ip-routines", type: "assessment", value: "maybe" }] },
      coordinatingUnitMappingForm,
      { today: MAPPING_TODAY },
    );
    expect(result.ok).toBe(false);
    expect(result.findings.map((finding) => [finding.code, finding.path])).toEqual([
      ["schema/invalid-value", ["answers", 0, "value"]],
      ["schema/invalid-municipality-number", ["respondent", "municipality"]],
    ]);
  });

  it("writes messages in the caller's language", () => {
    const input = makeResponse(undefined, { questionnaire: { id: "coordinating-unit-mapping", version: "2011" } });
    const [nn] = validateMappingResponse(input, coordinatingUnitMappingForm, { today: MAPPING_TODAY, locale: "nn" }).findings;
    expect(nn?.message).toBe("Svaret gjeld versjon 2011 av skjemaet, ikkje 2012");
  });
});
